import Foundation
import Testing
@testable import Pledge

/// The bundled JSON Schema says what the decoder says: same keys, and it accepts the rule
/// files the decoder accepts (the repository's Rules/, the fixtures, generated documents).
@Suite struct RuleFileSchemaTests {
    let schema: JSONValue
    let validator: JSONSchemaValidator

    init() throws {
        schema = JSONValue(try YAMLReader.read(bytes: Array(RuleFile.jsonSchema().utf8), file: "rules.schema.json", limits: .ruleFile).root)
        validator = JSONSchemaValidator(root: schema)
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    func errors(_ text: String, file: String) throws -> [String] {
        validator.errors(in: JSONValue(try YAMLReader.read(bytes: Array(text.utf8), file: file, limits: .ruleFile).root))
    }

    func definition(_ name: String) -> [String: JSONValue] { schema.object?["$defs"]?.object?[name]?.object ?? [:] }

    func propertyNames(_ object: [String: JSONValue]) -> Set<String> { Set(object["properties"]?.object?.keys ?? [:].keys) }

    func required(_ object: [String: JSONValue]) -> Set<String> { Set((object["required"]?.array ?? []).compactMap(\.string)) }

    @Test func schemaKeysAreTheDecodersKeys() {
        let top = schema.object ?? [:]
        let pairs: [(schema: [String: JSONValue], keys: [String], required: [String])] = [
            (top, RuleFileKeys.document, RuleFileKeys.documentRequired),
            (definition("policy"), RuleFileKeys.policy, RuleFileKeys.policyRequired),
            (definition("rule"), RuleFileKeys.rule, RuleFileKeys.ruleRequired),
            (definition("exception"), RuleFileKeys.exception, RuleFileKeys.exceptionRequired),
            (definition("retention"), RuleFileKeys.retention, []),
            (definition("provenance"), RuleFileKeys.provenance, RuleFileKeys.provenanceRequired),
            (definition("unmapped"), RuleFileKeys.unmapped, RuleFileKeys.unmappedRequired),
            (definition("review"), RuleFileKeys.ruleReview, RuleFileKeys.ruleReviewRequired),
        ]
        for (object, keys, requiredKeys) in pairs {
            #expect(propertyNames(object) == Set(keys))
            #expect(required(object) == Set(requiredKeys))
            #expect(object["additionalProperties"] == .bool(false))
        }
        #expect(definition("rule")["properties"]?.object?["effect"]?.object?["enum"] == .array(Effect.allCases.map { .string($0.rawValue) }))
    }

    @Test func fixturesAndBundledRuleFilesConform() throws {
        var files = ["clickandchat.yaml", "clickandchat.encoded.yaml"].map { try? CodecFixtures.url($0) }.compactMap { $0 }
        let rules = Self.repositoryRoot.appendingPathComponent("Rules")
        if let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            files += walker.compactMap { $0 as? URL }.filter {
                $0.pathExtension == "yaml" && !ReviewFile.isReviewFile($0.path) && !ExpectationFile.isExpectationFile($0.path)
            }
        }
        #expect(files.count >= 2)
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(try errors(text, file: url.path) == [], "\(url.path)")
            _ = try RuleFile.decode(text, file: url.path)
        }
    }

    @Test func generatedDocumentsConform() throws {
        var generator = GeneratedDocuments(seed: 2026)
        for _ in 0..<100 {
            let text = RuleFile.encode(generator.document())
            #expect(try errors(text, file: "generated.yaml") == [], "\(text)")
        }
    }

    /// The invalid fixtures whose mistakes are visible without the taxonomy fail the schema too.
    @Test(arguments: ["unknown-keys", "wrong-types", "missing-keys", "unknown-version", "missing-version", "empty-scopes", "bad-values", "empty-exception", "strict-scalars"])
    func schemaRejectsInvalidFixtures(_ name: String) throws {
        let text = try CodecFixtures.text("Invalid/\(name).yaml")
        #expect(try !errors(text, file: name).isEmpty)
    }
}
