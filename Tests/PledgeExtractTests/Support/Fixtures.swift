import Foundation
import Testing
import Pledge
import PledgeExtract

/// Shared helpers: extraction of test text, the repository's policies, and rule lookup.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Extracts a text written for a test.
    static func extract(_ text: String) throws -> PolicyDocument {
        try Extractor().extract(text: text, source: "test.md", id: "test")
    }

    /// Extracts one of the repository's policies, as `pledge extract Policies` does.
    static func policy(_ name: String) throws -> PolicyDocument {
        let path = "Policies/\(name).md"
        let bytes = try [UInt8](Data(contentsOf: repository.appendingPathComponent(path)))
        return try Extractor().extract(bytes: bytes, source: path, id: String(name.split(separator: "/")[0]))
    }

    /// Extracts one of the policies written for these tests (`Fixtures/<name>`), in its own format.
    static func written(_ name: String) throws -> PolicyDocument {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try Extractor().extract(bytes: [UInt8](Data(contentsOf: url)), source: name, id: "written")
    }

    /// Evaluates an operation against a document with the reference engine. An operation the engine cannot read (an
    /// unknown term) is a mistake of the test, not a decision: it would be denied whatever the rules say.
    static func decide(_ document: PolicyDocument, _ operation: Operation,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Outcome {
        let decision = try Engine(document: document).evaluate(operation)
        #expect(decision.errors.isEmpty, "\(decision.errors)", sourceLocation: sourceLocation)
        return decision.outcome
    }
}

extension PolicyDocument {
    /// The one rule whose scope names all the given keys.
    func rule(_ effect: Effect, _ action: String, data: String? = nil, recipient: String? = nil,
              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Rule {
        let found = rules(effect: effect, action: action, data: data, recipient: recipient)
        #expect(found.count == 1, "\(found.map(\.id)) among \(rules.map(\.id))", sourceLocation: sourceLocation)
        return try #require(found.first, sourceLocation: sourceLocation)
    }

    /// The reason a sentence starting with `prefix` is listed as unmapped, if it is.
    func unmappedReason(_ prefix: String) -> String? {
        unmapped.first { $0.text.hasPrefix(prefix) }?.reason
    }

    /// The rules whose scope names all the given keys, in file order.
    func rules(effect: Effect? = nil, action: String? = nil, data: String? = nil, recipient: String? = nil) -> [Rule] {
        rules.filter { r in
            (effect == nil || r.effect == effect)
                && (action == nil || r.scope.action?.contains(action!) == true)
                && (data == nil || r.scope.data?.contains(data!) == true)
                && (recipient == nil || r.scope.recipient?.contains(recipient!) == true)
        }
    }
}

// Foundation also declares these names; the tests mean Pledge's.
typealias Operation = Pledge.Operation
typealias Dimension = Pledge.Dimension
