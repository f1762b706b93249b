internal import CYAML

/// Reads untrusted YAML (and JSON, a subset of it) into ``YAMLNode``s, safely.
///
/// A composer that resolves aliases and recurses once per nesting level lets a hostile
/// file expand exponentially or exhaust the stack. This reader instead drives the system
/// libyaml's event parser with an explicit stack: it refuses anchors,
/// aliases and tags as events arrive (nothing is ever expanded), stops at a nesting limit,
/// and reports every duplicate key with both places. Bytes are screened first
/// (``InputScreen``): size limit, UTF-8, no binary content.
package enum YAMLReader {
    /// Bounds on what a reader accepts.
    package struct Limits: Sendable {
        package var maxBytes: Int
        package var maxDepth: Int

        package init(maxBytes: Int, maxDepth: Int) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
        }

        /// Rule and taxonomy files: 8 MiB, 32 levels (a rule file needs 7).
        package static let ruleFile = Limits(maxBytes: 8 << 20, maxDepth: 32)
        /// Operation files: 64 MiB (a batch from CI), 32 levels.
        package static let operations = Limits(maxBytes: 64 << 20, maxDepth: 32)
    }

    /// A composed document and the problems that do not stop decoding (duplicate keys:
    /// the first occurrence is kept), so the decoder can report its own errors too.
    package struct Document: Sendable {
        package var root: YAMLNode
        package var diagnostics: [Diagnostic]
    }

    /// Reads bytes that may be anything: screens them, then parses.
    /// - Parameters:
    ///   - firstLine: the line of the file the bytes start at (for one line of JSON Lines).
    ///   - terms: when given, a scalar spelled like one of its terms or words shares its `String`
    ///     (no copy of the bytes) and carries the term's dimensions, which the decoder then need not look up.
    package static func read(bytes: [UInt8], file: String, limits: Limits, firstLine: Int = 1, terms: TermTable? = nil) throws -> Document {
        // A UTF-8 byte-order mark (which some editors write) is not content: libyaml, told the
        // encoding, would read it as a stray character. Columns of the first line count from after it.
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        return try content.withUnsafeBufferPointer { buffer in
            if let problem = InputScreen.problem(in: buffer, file: file, limit: limits.maxBytes) {
                throw PledgeError.invalid([problem])
            }
            return try compose(buffer, file: file, maxDepth: limits.maxDepth, lineOffset: firstLine - 1, terms: terms)
        }
    }

    private struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode? = nil
        /// The entry giving each key, once the mapping has more keys than a scan finds quickly.
        var pairByKey: [String: Int]? = nil

        /// A mapping past this many keys finds a repeated key by hashing, below it by a scan
        /// (a rule's mapping holds a dozen keys at most, and a dictionary per mapping costs more).
        static let scannedKeys = 16

        init(isMapping: Bool, line: Int, column: Int) {
            self.isMapping = isMapping
            self.line = line
            self.column = column
            if isMapping { pairs.reserveCapacity(8) }
        }

        /// Adds the entry, unless the mapping already has its key: then nothing is added and
        /// the place of the first is returned. Mutating, so that the frame is not copied out of the stack.
        mutating func add(_ pair: YAMLPair, named name: String) -> (line: Int, column: Int)? {
            if let first = index(of: name) { return (pairs[first].key.line, pairs[first].key.column) }
            pairs.append(pair)
            if pairByKey != nil {
                pairByKey?[name] = pairs.count - 1
            } else if pairs.count == Self.scannedKeys {
                pairByKey = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1.name, $0) })
            }
            return nil
        }

        private func index(of name: String) -> Int? {
            if let pairByKey { return pairByKey[name] }
            let length = name.utf8.count
            for i in pairs.indices {
                if case .scalar(let key) = pairs[i].key.content, key.text.utf8.count == length, key.text == name { return i }
            }
            return nil
        }
    }

    /// Scalars longer than this are not looked up in a ``TermTable`` (no term is as long).
    private static let longestTerm = 64

    /// A scalar event's value: a term's shared `String` when `terms` has it, else a new one.
    @inline(never)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, isQuoted: Bool, terms: TermTable?) -> YAMLScalar {
        if let terms, bytes.count <= longestTerm, let (term, dimensions) = terms.term(bytes) {
            return YAMLScalar(term, isQuoted: isQuoted, dimensions: dimensions)
        }
        return YAMLScalar(String(decoding: bytes, as: UTF8.self), isQuoted: isQuoted)
    }

    private static func compose(_ input: UnsafeBufferPointer<UInt8>, file: String, maxDepth: Int, lineOffset: Int, terms: TermTable?) throws -> Document {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw PledgeError.invalid([Diagnostic(.malformed("the YAML parser could not start"), file: file)])
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, input.baseAddress, input.count)

        var refused: [Diagnostic] = []   // anchors, aliases, tags, complex keys: the file is unusable
        var duplicates: [Diagnostic] = []
        var stack: [Frame] = []
        var root: YAMLNode? = nil
        var documents = 0

        // libyaml puts the end of the stream on a line past the last one when the input
        // does not end in a line break; such places are moved to the end of the last line.
        let lastLineStart = (input.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let lineCount = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lastLineEnd = input[lastLineStart...].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        func place(_ mark: yaml_mark_t) -> (line: Int, column: Int) {
            guard Int(mark.line) < lineCount else { return (lineCount + lineOffset, lastLineEnd) }
            return (Int(mark.line) + 1 + lineOffset, Int(mark.column) + 1)
        }
        func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? { pointer.map { String(cString: $0) } }

        func attach(_ node: YAMLNode) {
            guard !stack.isEmpty else { root = node; return }
            let top = stack.count - 1
            guard stack[top].isMapping else { stack[top].items.append(node); return }
            guard let key = stack[top].pendingKey else {
                if node.scalar == nil { refused.append(Diagnostic(.complexKey, file: file, node: node)) }
                stack[top].pendingKey = node
                return
            }
            stack[top].pendingKey = nil
            guard let name = key.scalar?.text else { return }
            if let first = stack[top].add(YAMLPair(key: key, value: node), named: name) {
                let place = SourceLocation(file: file, line: first.line, column: first.column)
                duplicates.append(Diagnostic(.duplicateKey(name, first: place), file: file, node: key))
            }
        }
        func refuse(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?, at mark: yaml_mark_t) {
            let (line, column) = place(mark)
            if let name = text(anchor) { refused.append(Diagnostic(.anchor(name), file: file, line: line, column: column)) }
            if let name = text(tag) { refused.append(Diagnostic(.tag(name), file: file, line: line, column: column)) }
        }

        var event = yaml_event_t()
        parsing: while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                var (line, column) = place(parser.problem_mark)
                var problem = parser.problem.map { String(cString: $0) } ?? "unreadable input"
                if let context = parser.context.map({ String(cString: $0) }) { problem += " " + context }
                // libyaml's scanner runs ahead through flow brackets and has its own nesting limit.
                let tooDeep = problem.hasPrefix("Maximum nesting level")
                if tooDeep, let bracket = FlowNesting.place(deeperThan: maxDepth, in: input) { (line, column) = (bracket.line + lineOffset, bracket.column) }
                let found: CodecProblem = tooDeep ? .tooDeep(limit: maxDepth) : .malformed(problem)
                throw PledgeError.invalid(refused + duplicates + [Diagnostic(found, file: file, line: line, column: column)])
            }
            defer { yaml_event_delete(&event) }
            let (line, column) = place(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                break parsing
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    refused.append(Diagnostic(.multipleDocuments, file: file, line: line, column: column))
                    break parsing
                }
            case YAML_ALIAS_EVENT:
                refused.append(Diagnostic(.alias(text(event.data.alias.anchor) ?? ""), file: file, line: line, column: column))
                attach(YAMLNode(.scalar(YAMLScalar("", isQuoted: false)), line: line, column: column))
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                refuse(anchor: s.anchor, tag: s.tag, at: event.start_mark)
                let scalar = Self.scalar(UnsafeBufferPointer(start: s.value, count: s.value == nil ? 0 : s.length),
                                         isQuoted: s.style != YAML_PLAIN_SCALAR_STYLE, terms: terms)
                attach(YAMLNode(.scalar(scalar), line: line, column: column))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                if isMapping {
                    refuse(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, at: event.start_mark)
                } else {
                    refuse(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, at: event.start_mark)
                }
                guard stack.count < maxDepth else {
                    throw PledgeError.invalid(refused + duplicates + [Diagnostic(.tooDeep(limit: maxDepth), file: file, line: line, column: column)])
                }
                stack.append(Frame(isMapping: isMapping, line: line, column: column))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
                attach(YAMLNode(content, line: frame.line, column: frame.column))
            default:
                break
            }
        }
        if !refused.isEmpty { throw PledgeError.invalid(refused + duplicates) }
        guard let root else { throw PledgeError.invalid([Diagnostic(.empty, file: file, line: 1 + lineOffset, column: 1)]) }
        return Document(root: root, diagnostics: duplicates)
    }
}
