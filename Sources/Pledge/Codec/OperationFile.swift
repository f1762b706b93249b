/// Reads the operations `pledge check` evaluates: one operation or a list of them, in YAML
/// or JSON, or JSON Lines (one object a line). Every operation gets the place of its
/// mapping; unknown keys, wrong types and keys that resolve nowhere are errors with places,
/// never a silent allow.
public enum OperationFile {
    /// The largest operation file Pledge reads.
    public static let sizeLimit = YAMLReader.Limits.operations.maxBytes

    /// Decodes YAML or JSON: a mapping (one operation) or a list of mappings. Input that
    /// holds no operation (`[]`) is an error, so a check of nothing never passes.
    /// - Parameter terms: the defined terms of the policy the operations are checked
    ///   against, which operations may name as data.
    /// - Throws: ``PledgeError/invalid(_:)`` with every problem, sorted by place.
    public static func decode(_ text: String, file: String, taxonomy: Taxonomy = .standard,
                              terms: [String: [String]] = [:]) throws -> [Operation] {
        try decode(bytes: Array(text.utf8), file: file, taxonomy: taxonomy, terms: terms)
    }

    /// Decodes YAML or JSON from raw bytes, which may be anything. JSON on one line (what
    /// a client of the decision API sends) is read straight from its bytes when it holds
    /// nothing unusual; anything else, and every problem, goes through the YAML reader.
    public static func decode(bytes: [UInt8], file: String, taxonomy: Taxonomy = .standard,
                              terms: [String: [String]] = [:]) throws -> [Operation] {
        try decode(bytes: bytes, file: file, terms: OperationTerms(taxonomy: taxonomy, terms: terms))
    }

    /// Decodes YAML or JSON from raw bytes against terms built once (the decision API's
    /// per-policy terms).
    package static func decode(bytes: [UInt8], file: String, terms: OperationTerms) throws -> [Operation] {
        if bytes.count <= sizeLimit, let plain = bytes.withUnsafeBufferPointer({ PlainOperationLine.operations($0, file: file, terms: terms) }) {
            return plain
        }
        return try decodeChecked(bytes: bytes, file: file, taxonomy: terms.taxonomy, terms: terms.terms)
    }

    /// Decodes YAML or JSON through the YAML reader, with every problem: what the plain reading must agree with.
    static func decodeChecked(bytes: [UInt8], file: String, taxonomy: Taxonomy, terms: [String: [String]]) throws -> [Operation] {
        let yaml = try YAMLReader.read(bytes: bytes, file: file, limits: .operations)
        var input = NodeDecoder(file: file, diagnostics: yaml.diagnostics)
        let vocabulary = Vocabulary(taxonomy: taxonomy, terms: terms.keys)
        var operations: [Operation] = []
        if yaml.root.mapping != nil {
            operations = decodeOperation(yaml.root, &input, vocabulary).map { [$0] } ?? []
        } else if let items = yaml.root.sequence {
            operations = items.compactMap { decodeOperation($0, &input, vocabulary) }
        } else {
            input.report(.operationShape, yaml.root)
        }
        if operations.isEmpty, input.diagnostics.isEmpty { input.report(.noOperations, yaml.root) }
        guard input.diagnostics.isEmpty else { throw PledgeError.invalid(input.diagnostics.sorted()) }
        return operations
    }

    /// Decodes JSON Lines: one JSON object a line; blank lines are skipped, but input with
    /// no object at all is an error.
    public static func decodeJSONLines(_ text: String, file: String, taxonomy: Taxonomy = .standard,
                                       terms: [String: [String]] = [:]) throws -> [Operation] {
        try decodeJSONLines(bytes: Array(text.utf8), file: file, taxonomy: taxonomy, terms: terms)
    }

    /// Decodes JSON Lines from raw bytes. Every line is read on its own, as strict JSON,
    /// so one bad line is reported with its number and the others are still checked.
    public static func decodeJSONLines(bytes: [UInt8], file: String, taxonomy: Taxonomy = .standard,
                                       terms: [String: [String]] = [:]) throws -> [Operation] {
        let screened = bytes.withUnsafeBufferPointer { InputScreen.problem(in: $0, file: file, limit: sizeLimit) }
        if let screened { throw PledgeError.invalid([screened]) }
        let reader = JSONLinesOperationReader(file: file, taxonomy: taxonomy, terms: terms)
        var diagnostics: [Diagnostic] = []
        var operations: [Operation] = []
        bytes.withUnsafeBufferPointer { all in
            var number = 0, offset = 0
            for line in all.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                number += 1
                defer { offset += line.count + 1 }
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                let read = reader.operation(UnsafeBufferPointer(rebasing: line), number: number, offset: offset)
                if let operation = read.operation { operations.append(operation) }
                diagnostics += read.diagnostics
            }
        }
        if operations.isEmpty, diagnostics.isEmpty { diagnostics.append(Diagnostic(.noOperations, file: file, line: 1, column: 1)) }
        guard diagnostics.isEmpty else { throw PledgeError.invalid(diagnostics.sorted()) }
        return operations
    }

    /// Reads the operations at `path`: JSON Lines for `.jsonl` and `.ndjson`, else YAML or JSON.
    public static func load(path: String, taxonomy: Taxonomy = .standard, terms: [String: [String]] = [:]) throws -> [Operation] {
        let bytes = try FileInput.bytes(atPath: path, limit: sizeLimit)
        if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
            return try decodeJSONLines(bytes: bytes, file: path, taxonomy: taxonomy, terms: terms)
        }
        return try decode(bytes: bytes, file: path, taxonomy: taxonomy, terms: terms)
    }

    static func decodeOperation(_ node: YAMLNode, _ input: inout NodeDecoder, _ vocabulary: Vocabulary) -> Operation? {
        guard let fields = input.fields(node, of: "an operation", known: RuleFileKeys.operation, required: RuleFileKeys.operationRequired)
        else { return nil }
        func one(_ dimension: Dimension) -> String? {
            guard let value = fields[dimension.rawValue], let key = input.string(value, field: dimension.rawValue) else { return nil }
            if let problem = vocabulary.problem(with: key, in: dimension) { input.report(problem, value) }
            return key
        }
        let id = fields["id"].flatMap { input.string($0, field: "id") }
        let action = one(.action)
        let data = fields["data"].flatMap {
            input.keys($0, field: "data", dimension: .data, in: vocabulary, empty: .emptyList(field: "data"))
        }
        let recipient = one(.recipient)
        let purpose = one(.purpose)
        let identifiability = one(.identifiability)
        let context = fields["context"].flatMap { input.keys($0, field: "context", dimension: .context, in: vocabulary, empty: nil) }
        let retention = fields["retention"].flatMap { input.duration($0, field: "retention") }
        guard let action, let data else { return nil }
        if retention != nil, let place = fields["retention"], !vocabulary.mayRetain(action) {
            input.report(.retentionWithoutRetain(action: action), place)
        }
        return Operation(id: id, action: action, data: data, recipient: recipient, purpose: purpose,
                         identifiability: identifiability, context: context ?? [], retention: retention,
                         location: SourceLocation(file: input.file, line: node.line, column: node.column))
    }
}
