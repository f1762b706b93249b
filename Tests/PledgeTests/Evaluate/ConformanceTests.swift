import Testing
@testable import Pledge

/// Every case in Fixtures/Conformance: the compiled engine and the reference evaluator
/// must both give the expected decision and reasons.
@Suite struct ConformanceTests {
    @Test func everyClauseOfTheSemanticsHasACase() throws {
        #expect(try ConformanceCase.all().count >= 20)
    }

    @Test(arguments: try ConformanceCase.all())
    func decides(_ c: ConformanceCase) throws {
        let engine = try Engine(document: c.rules)
        for decision in [engine.evaluate(c.operation), ReferenceEvaluator(document: c.rules).evaluate(c.operation)] {
            #expect(decision.outcome == c.outcome, "\(c.name): \(c.note) — \(decision.explanation)")
            #expect(decision.deciding.map(\.ruleID) == c.deciding, "\(c.name)")
            #expect(decision.overridden.map(\.ruleID) == c.overridden, "\(c.name)")
            #expect(decision.obligations == c.obligations, "\(c.name)")
            #expect(decision.errors.map(\.message) == c.errors, "\(c.name)")
            #expect(decision.deciding.compactMap(\.exception?.text) == c.quoted, "\(c.name)")
            if let witness = c.witness { #expect(decision.witness?.description == witness, "\(c.name)") }
        }
        #expect(engine.outcome(of: c.operation) == c.outcome, "\(c.name)")
    }
}
