import Foundation
@testable import Pledge

/// One conformance case read from Fixtures/Conformance/*.yaml: a rule-file body, an
/// operation, and the decision it must get. The operation is read without checking its
/// keys, so a case can show that the engine itself denies an unknown term.
struct ConformanceCase: CustomStringConvertible {
    var name: String
    var note: String
    var rules: PolicyDocument
    var operation: Pledge.Operation
    var outcome: Outcome
    var deciding: [String]
    var overridden: [String]
    var obligations: [String]
    var errors: [String]
    var witness: String?
    /// The exception clauses the deciding rules quote (a lifted deny, a promise), in order.
    var quoted: [String]

    var description: String { name }

    static func all() throws -> [ConformanceCase] {
        guard let folder = Bundle.module.url(forResource: "Fixtures/Conformance", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/Conformance"])
        }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { try load($0) }
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func load(_ url: URL) throws -> ConformanceCase {
        let name = url.lastPathComponent
        let yaml = try YAMLReader.read(bytes: Array(try Data(contentsOf: url)), file: name, limits: .ruleFile)
        func field(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
            node?.mapping?.first { $0.name == key }?.value
        }
        func text(_ node: YAMLNode?) -> String? { node?.scalar?.text }
        func list(_ node: YAMLNode?) -> [String] {
            guard let node else { return [] }
            return node.sequence?.compactMap(\.scalar?.text) ?? node.scalar.map { [$0.text] } ?? []
        }
        let root = yaml.root
        guard let note = text(field(root, "note")), let body = text(field(root, "rules")),
              let op = field(root, "operation"), let want = field(root, "want"),
              let action = text(field(op, "action")), let outcomeText = text(field(want, "outcome")),
              let outcome = Outcome(rawValue: outcomeText)
        else { throw Malformed(description: "\(name): needs note, rules, operation {action, data}, want {outcome}") }
        return ConformanceCase(
            name: name, note: note,
            rules: try RuleFile.decode(body, file: name),
            operation: Pledge.Operation(
                id: name, action: action, data: list(field(op, "data")),
                recipient: text(field(op, "recipient")), purpose: text(field(op, "purpose")),
                identifiability: text(field(op, "identifiability")), context: list(field(op, "context")),
                retention: text(field(op, "retention")).flatMap(ISODuration.init)),
            outcome: outcome, deciding: list(field(want, "deciding")), overridden: list(field(want, "overridden")),
            obligations: list(field(want, "obligations")), errors: list(field(want, "errors")),
            witness: text(field(want, "witness")), quoted: list(field(want, "quoted")))
    }
}
