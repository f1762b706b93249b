import Foundation

/// Loads and saves rule files (schema `pledge: 1`), the typed YAML form of a policy's promises.
///
/// Loading validates everything and reports every problem, each with file:line:column:
/// unknown keys, wrong types, missing keys, an unknown schema version, duplicate keys and
/// rule ids, terms that resolve nowhere, empty scopes, bad durations, and hostile input
/// (over 8 MiB, not UTF-8, binary, anchors and aliases, nesting deeper than 32 levels).
/// Saving is deterministic and round-trips exactly: `decode(encode(d)) == d`.
public enum RuleFile {
    /// The largest rule file Pledge reads.
    public static let sizeLimit = YAMLReader.Limits.ruleFile.maxBytes
    /// The extensions a rule file's name ends in (JSON is YAML too). Every command that
    /// takes either a rule file or a policy text tells them apart by these alone.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Decodes a rule file's text.
    /// - Parameters:
    ///   - file: the name used in diagnostics.
    ///   - taxonomy: the vocabulary every key must resolve in.
    /// - Throws: ``PledgeError/invalid(_:)`` with every problem, sorted by place.
    public static func decode(_ text: String, file: String, taxonomy: Taxonomy = .standard) throws -> PolicyDocument {
        try decode(bytes: Array(text.utf8), file: file, taxonomy: taxonomy)
    }

    /// Decodes a rule file's raw bytes, which may be anything (not UTF-8, binary, huge).
    public static func decode(bytes: [UInt8], file: String, taxonomy: Taxonomy = .standard) throws -> PolicyDocument {
        // The taxonomy's keys and the file's key names are read as shared strings, the keys known
        // to resolve (not for bytes the reader refuses by their size alone).
        let terms = bytes.count <= sizeLimit ? TermTable(Vocabulary(taxonomy: taxonomy), words: RuleFileKeys.names) : nil
        let yaml = try YAMLReader.read(bytes: bytes, file: file, limits: .ruleFile, terms: terms)
        var decoder = RuleFileDecoder(input: NodeDecoder(file: file, diagnostics: yaml.diagnostics), taxonomy: taxonomy)
        let document = decoder.decode(yaml.root)
        guard let document, decoder.input.diagnostics.isEmpty else {
            throw PledgeError.invalid(decoder.input.diagnostics.sorted())
        }
        return document
    }

    /// Reads and decodes the rule file at `path`; diagnostics name the path as given.
    public static func load(path: String, taxonomy: Taxonomy = .standard) throws -> PolicyDocument {
        try decode(bytes: FileInput.bytes(atPath: path, limit: sizeLimit), file: path, taxonomy: taxonomy)
    }

    /// The rule file text for a document: the same document always gives the same bytes.
    public static func encode(_ document: PolicyDocument) -> String {
        RuleFileEncoder.encode(document)
    }

    /// The JSON Schema (draft 2020-12) of rule files, bundled with the library, for editors
    /// that validate YAML as people type. The decoder checks more (keys against the taxonomy).
    public static func jsonSchema() throws -> String {
        guard let url = Bundle.module.url(forResource: "rules.schema", withExtension: "json") else {
            throw PledgeError.unreadable(file: "rules.schema.json", reason: "missing from the Pledge bundle")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Writes the document to `path` atomically (a temporary file renamed over it), into an
    /// existing folder.
    /// - Throws: ``PledgeError/unwritable(file:reason:)`` naming the path.
    public static func write(_ document: PolicyDocument, to path: String) throws {
        try AtomicFile.write(encode(document), toPath: path)
    }
}
