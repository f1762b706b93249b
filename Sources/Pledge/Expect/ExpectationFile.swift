/// A policy's expected decisions: `Rules/<id>/<version>.test.yaml`, beside its rule file.
///
/// ```yaml
/// pledge-test: 1
/// tests:
///   - name: cookies may serve the site's own functions
///     text: But we may further employ cookies to assist the functionality of other tools, …
///     operation: {action: use, data: [user.device.cookie], purpose: functional}
///     expect: allow
///     deciding: [allow-use-cookie]
/// ```
public enum ExpectationFile {
    package static let version = "pledge-test"
    package static let documentKeys = ["pledge-test", "tests"]
    package static let entryKeys = ["name", "text", "operation", "expect", "deciding", "known_difference"]
    package static let entryRequired = ["name", "operation", "expect"]

    /// The test file that belongs with a rule file: `2011-12-01.yaml` → `2011-12-01.test.yaml`.
    public static func path(forRuleFile ruleFile: String) -> String {
        (ruleFile.hasSuffix(".yaml") ? String(ruleFile.dropLast(5)) : ruleFile) + ".test.yaml"
    }

    /// The rule file a test file belongs with.
    public static func ruleFile(forTestFile testFile: String) -> String {
        String(testFile.dropLast(".test.yaml".count)) + ".yaml"
    }

    /// Whether `path` names a test file.
    public static func isExpectationFile(_ path: String) -> Bool { path.hasSuffix(".test.yaml") }

    /// Decodes a test file's bytes.
    /// - Parameter terms: the policy's defined terms, which operations may name.
    /// - Throws: ``PledgeError/invalid(_:)`` with every problem, each with its place; a
    ///   file with no test is an error, since it would pass having checked nothing.
    public static func decode(bytes: [UInt8], file: String, taxonomy: Taxonomy = .standard,
                              terms: [String: [String]] = [:]) throws -> [Expectation] {
        let yaml = try YAMLReader.read(bytes: bytes, file: file, limits: .operations)
        var input = NodeDecoder(file: file, diagnostics: yaml.diagnostics)
        let vocabulary = Vocabulary(taxonomy: taxonomy, terms: terms.keys)
        var tests: [Expectation] = []
        if let version = yaml.root.mapping?.first(where: { $0.name == version }), version.value.scalar?.resolved != .int(1) {
            input.report(.unknownVersion(version.value.scalar?.text ?? version.value.kindDescription, key: Self.version), version.value)
        } else if let fields = input.fields(yaml.root, of: "a test file", known: documentKeys, required: documentKeys),
                  let list = fields["tests"], let items = input.list(list, field: "tests", { _, item in item }) {
            tests = items.compactMap { entry($0, &input, vocabulary) }
            if items.isEmpty { input.report("a test file with no test passes having checked nothing; write at least one", list) }
        }
        guard input.diagnostics.isEmpty else { throw PledgeError.invalid(input.diagnostics.sorted()) }
        return tests
    }

    /// Reads the test file at `path`.
    public static func load(path: String, taxonomy: Taxonomy = .standard, terms: [String: [String]] = [:]) throws -> [Expectation] {
        try decode(bytes: FileInput.bytes(atPath: path, limit: OperationFile.sizeLimit), file: path, taxonomy: taxonomy, terms: terms)
    }

    private static func entry(_ node: YAMLNode, _ input: inout NodeDecoder, _ vocabulary: Vocabulary) -> Expectation? {
        guard let fields = input.fields(node, of: "a test", known: entryKeys, required: entryRequired) else { return nil }
        let name = fields["name"].flatMap { input.nonEmptyString($0, field: "name") }
        let text = fields["text"].flatMap { input.string($0, field: "text") }
        let operation = fields["operation"].flatMap { OperationFile.decodeOperation($0, &input, vocabulary) }
        var outcome: Outcome? = nil
        if let value = fields["expect"], let word = input.string(value, field: "expect") {
            outcome = Outcome(rawValue: word)
            if outcome == nil { input.report(.invalidValue(field: "expect", value: word, allowed: Outcome.allCases.map(\.rawValue)), value) }
        }
        let deciding = fields["deciding"].flatMap { input.strings($0, field: "deciding")?.map(\.0) } ?? []
        let known = fields["known_difference"].flatMap { input.nonEmptyString($0, field: "known_difference") }
        guard let name, let operation, let outcome else { return nil }
        return Expectation(name: name, text: text, operation: operation, outcome: outcome, deciding: deciding,
                           knownDifference: known, location: SourceLocation(file: input.file, line: node.line, column: node.column))
    }
}
