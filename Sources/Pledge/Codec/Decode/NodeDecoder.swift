/// Reads typed values out of ``YAMLNode``s, collecting a ``Diagnostic`` for every problem
/// instead of stopping at the first: the shared machinery of the rule-file and operation decoders.
struct NodeDecoder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, diagnostics: [Diagnostic] = []) {
        self.file = file
        self.diagnostics = diagnostics
    }

    mutating func report(_ problem: CodecProblem, _ node: YAMLNode) {
        diagnostics.append(Diagnostic(problem, file: file, node: node))
    }

    /// A problem that is not the codec's own (a review file's, say), at `node`.
    mutating func report(_ message: String, _ node: YAMLNode) {
        diagnostics.append(Diagnostic(message, at: SourceLocation(file: file, line: node.line, column: node.column)))
    }

    /// The entries of a mapping, by key. Reports a non-mapping, unknown keys (with the
    /// nearest known one) and missing required keys; nil when the node is no mapping.
    mutating func fields(_ node: YAMLNode, of context: String, known: [String], required: [String]) -> Fields? {
        guard let pairs = node.mapping else {
            report(.notMapping(context, found: node.kindDescription), node)
            return nil
        }
        var entries = Fields.Entries(repeating: -1)
        for p in pairs.indices {
            let name = pairs[p].name
            if let k = Fields.index(of: name, in: known) {
                entries[k] = Int32(p)
            } else {
                report(.unknownKey(name, in: context, suggestion: NearestKey.suggestion(for: name, among: known)), pairs[p].key)
            }
        }
        for key in required where Fields.index(of: key, in: known).map({ entries[$0] < 0 }) ?? true {
            report(.missingKey(key, in: context), node)
        }
        return Fields(node: node, known: known, pairs: pairs, entries: entries)
    }

    /// A string value; numbers, booleans and empty values are refused (quote them).
    mutating func string(_ node: YAMLNode, field: String) -> String? {
        guard let scalar = node.scalar, case .string(let text) = scalar.resolved else {
            report(.wrongType(field: field, expected: "a string", found: node.kindDescription), node)
            return nil
        }
        return text
    }

    /// A string that must not be empty (ids, texts).
    mutating func nonEmptyString(_ node: YAMLNode, field: String) -> String? {
        guard let text = string(node, field: field) else { return nil }
        if text.isEmpty { report(.wrongType(field: field, expected: "a non-empty string", found: "an empty string"), node) }
        return text
    }

    /// A decimal integer that fits an `Int`: `0x1` or a number too large for 64 bits is refused, never clamped.
    mutating func integer(_ node: YAMLNode, field: String) -> Int? {
        // A plain decimal integer that fits is an integer of the core schema: no need to resolve it first.
        if let value = node.scalar?.decimalInteger { return value }
        guard let scalar = node.scalar, case .int = scalar.resolved else {
            report(.wrongType(field: field, expected: "an integer", found: node.kindDescription), node)
            return nil
        }
        guard let value = scalar.decimalInteger else {
            report(.wrongType(field: field, expected: "a decimal integer below 2^63", found: "'\(scalar.text)'"), node)
            return nil
        }
        return value
    }

    /// `true` or `false`.
    mutating func bool(_ node: YAMLNode, field: String) -> Bool? {
        guard let scalar = node.scalar, case .bool(let value) = scalar.resolved else {
            report(.wrongType(field: field, expected: "true or false", found: node.kindDescription), node)
            return nil
        }
        return value
    }

    /// A positive line number.
    mutating func line(_ node: YAMLNode, field: String) -> Int? {
        guard let value = integer(node, field: field) else { return nil }
        guard value > 0 else { report(.notPositive(field: field, value: value), node); return nil }
        return value
    }

    /// A list of strings, which may also be given as one string. Each entry comes with its
    /// node so callers can place problems with single entries.
    mutating func strings(_ node: YAMLNode, field: String) -> [(String, YAMLNode)]? {
        if node.scalar != nil {
            return string(node, field: field).map { [($0, node)] }
        }
        guard let items = node.sequence else {
            report(.wrongType(field: field, expected: "a list of strings (or one string)", found: node.kindDescription), node)
            return nil
        }
        var result: [(String, YAMLNode)] = []
        for item in items {
            if let text = string(item, field: field) { result.append((text, item)) }
        }
        return result
    }

    /// A list whose entries are decoded one by one.
    mutating func list<T>(_ node: YAMLNode, field: String, _ entry: (inout NodeDecoder, YAMLNode) -> T?) -> [T]? {
        guard let items = node.sequence else {
            report(.wrongType(field: field, expected: "a list", found: node.kindDescription), node)
            return nil
        }
        return items.compactMap { entry(&self, $0) }
    }

    /// A day as an ISO date, `YYYY-MM-DD`.
    mutating func isoDate(_ node: YAMLNode, field: String) -> String? {
        guard let text = string(node, field: field) else { return nil }
        guard text.utf8.count == 10, RuleFileDecoder.isISODate(text) else {
            report(.wrongType(field: field, expected: "an ISO date such as 2026-11-26", found: "'\(text)'"), node)
            return nil
        }
        return text
    }

    /// An ISO-8601 duration.
    mutating func duration(_ node: YAMLNode, field: String) -> ISODuration? {
        guard let text = string(node, field: field) else { return nil }
        guard let duration = ISODuration(text) else { report(.invalidDuration(field: field, value: text), node); return nil }
        return duration
    }
}

/// The known entries of one mapping, by key: a mapping knows a dozen keys at most, so
/// they are found by a scan of the known keys, not by hashing.
struct Fields {
    /// Per known key, the entry that gives it, or -1: held in place, not in an array of its own
    /// per mapping (no mapping of any Pledge file knows more than 16 keys).
    typealias Entries = SIMD16<Int32>

    let node: YAMLNode
    /// The keys the mapping may hold; its entries; per known key, the entry that gives it, or -1.
    let known: [String]
    let pairs: [YAMLPair]
    let entries: Entries

    init(node: YAMLNode, known: [String], pairs: [YAMLPair], entries: Entries) {
        precondition(known.count <= Entries.scalarCount, "a mapping knows at most \(Entries.scalarCount) keys")
        self.node = node
        self.known = known
        self.pairs = pairs
        self.entries = entries
    }

    subscript(key: String) -> YAMLNode? {
        guard let k = Self.index(of: key, in: known) else { return nil }
        return self[position: k]
    }

    /// The value of the key at `k` in `known`, if the mapping gives it.
    subscript(position k: Int) -> YAMLNode? {
        entries[k] >= 0 ? pairs[Int(entries[k])].value : nil
    }

    /// Where `key` is among `known`. Keys of different lengths are told apart by their
    /// lengths alone, before any comparison of their text.
    static func index(of key: String, in known: [String]) -> Int? {
        let length = key.utf8.count
        return known.firstIndex { $0.utf8.count == length && $0 == key }
    }
}
