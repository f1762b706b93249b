import Foundation
import Testing
@testable import Pledge

/// A result shaped from a decision by numbers (``NumberedDecision`` with the bytes written
/// once per run, what `pledge check` does for an operation never seen before) is byte for
/// byte the result shaped from the ``Decision`` the engine words: every streamed format,
/// every outcome, deciding rules quoting exceptions, overridden allows, obligations,
/// witnesses for any purpose, and ids, clauses and duties that need escaping.
@Suite struct NumberedShapeTests {
    static let formats: [CheckFormat] = [.text, .json, .jsonl]

    /// Every operation's shape both ways, in each format; how many were numbered.
    func compare(_ document: PolicyDocument, _ operations: [Pledge.Operation]) throws -> Int {
        let engine = try Engine(document: document)
        var numberedCount = 0
        for format in Self.formats {
            let reporter = try #require(format.streamingReporter as? any NumberedShapeWriter)
            let run = reporter.prepare(CheckRun(rulesFile: "rules.yaml", policy: document.policy, allowsUncovered: false), engine: engine)
            let bytes = try #require(run.explanation)
            for operation in operations {
                let decision = engine.evaluate(operation)
                let expected = reporter.shape(of: CheckReport.Entry(operation: operation, decision: decision), run)
                let numbered = engine.explain(operation) { ($0.outcome, reporter.shape(of: $0, operation, run, bytes)) }
                // Only an invalid operation is left to the decision, which words its errors.
                #expect((numbered == nil) == !decision.errors.isEmpty)
                guard let numbered else { continue }
                numberedCount += 1
                #expect(numbered.0 == decision.outcome)
                #expect(numbered.1.before == expected.before, "\(format) \(operation)")
                #expect(numbered.1.after == expected.after, "\(format) \(operation): \(String(decoding: numbered.1.after, as: UTF8.self))")
            }
        }
        return numberedCount
    }

    /// Random policies whose ids, clauses, exceptions and duties hold a quote, a backslash,
    /// an escape character and a letter beyond ASCII.
    @Test func randomPoliciesShapeTheSameByNumbers() throws {
        var seen = Set<String>()
        for seed in 1...12 {
            var random = RandomPolicy(seed: UInt64(seed))
            var document = random.document(rules: 30)
            for r in document.rules.indices where r % 3 == 0 {
                document.rules[r].id += "-\"q\\\u{1B}é"
                document.rules[r].source.text += " \"as stated\" \u{1B}[31m naïve"
                document.rules[r].obligations = document.rules[r].obligations.map { $0 + " \"now\"\u{7}" }
                for e in document.rules[r].unless.indices { document.rules[r].unless[e].source?.text += " \u{202E}back" }
            }
            let operations = (0..<150).map { _ in random.operation() }
            #expect(try compare(document, operations) > 0)
            let engine = try Engine(document: document)
            for operation in operations {
                let d = engine.evaluate(operation)
                seen.insert(d.outcome.rawValue)
                if !d.overridden.isEmpty { seen.insert("overridden") }
                if d.deciding.contains(where: { $0.exception != nil }) { seen.insert("quoting") }
                if !d.obligations.isEmpty { seen.insert("obligations") }
                if operation.purpose == nil, d.witness != nil { seen.insert("any purpose") }
            }
        }
        // The draws reach every case the shape words.
        #expect(seen.isSuperset(of: ["allow", "deny", "not_covered", "overridden", "quoting", "obligations", "any purpose"]))
    }

    /// A real policy's rules: reviewed clauses with sections, defined terms, context facts.
    @Test func bundledRulesShapeTheSameByNumbers() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let document = try RuleFile.load(path: root.appendingPathComponent("Rules/clickandchat/2011-12-01.yaml").path)
        var g = SeededGenerator(seed: 11)
        let operations = (0..<300).map { _ in
            Pledge.Operation(action: g.pick(["collect", "share", "sell", "use", "retain"]),
                      data: [g.pick(["user.contact.email", "registration_data", "user.device.ip_address", "user", "user.content"])],
                      recipient: g.pick([nil, "third_party", "advertiser", "affiliate"]),
                      purpose: g.pick([nil, "marketing", "essential.legal_obligation", "functional"]),
                      context: g.pick([[], ["subpoena"], ["consent"], ["opted_out"]]))
        }
        #expect(try compare(document, operations) == 3 * operations.count)
    }
}
