import Testing
@testable import Pledge

/// One engine shared by many tasks gives each the same answers as a single thread.
@Suite struct EngineConcurrencyTests {
    @Test func concurrentEvaluationMatchesSequential() async throws {
        var random = RandomPolicy(seed: 42)
        let engine = try Engine(document: random.document(rules: 12))
        let operations = (0..<400).map { _ in random.operation() }
        let sequential = operations.map(engine.evaluate)
        let results = await withTaskGroup(of: [Decision].self) { group in
            for _ in 0..<8 {
                group.addTask { operations.map(engine.evaluate) }
            }
            return await group.reduce(into: [[Decision]]()) { $0.append($1) }
        }
        #expect(results.count == 8)
        for result in results { #expect(result == sequential) }
    }

    @Test func compiledOperationFromAnotherEngineIsDenied() throws {
        var random = RandomPolicy(seed: 7)
        let document = random.document(rules: 4)
        let first = try Engine(document: document), second = try Engine(document: document)
        let operation = try first.compile(Operation(action: "use", data: ["user"]))
        #expect(second.outcome(of: operation) == .deny)
        let decision = second.evaluate(operation)
        #expect(decision.outcome == .deny)
        #expect(decision.errors.map(\.message) == ["the operation was compiled by another engine"])
    }
}
