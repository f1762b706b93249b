import Testing
@testable import Pledge

/// The compiled engine against the reference evaluator on generated rule sets.
@Suite struct EngineOracleTests {
    private func compare(seed: UInt64, rules: Int, operations: Int, sparse: Bool = false) throws -> Int {
        var random = sparse ? RandomPolicy(seed: seed, picks: 40...60, density: 0.95) : RandomPolicy(seed: seed)
        let document = random.document(rules: rules)
        let engine = try Engine(document: document)
        let oracle = ReferenceEvaluator(document: document)
        var disagreements = 0
        for _ in 0..<operations {
            let operation = random.operation()
            let want = oracle.evaluate(operation)
            let got = engine.evaluate(operation)
            #expect(got == want, "seed \(seed): \(operation)")
            #expect(engine.outcome(of: operation) == want.outcome, "seed \(seed): \(operation)")
            if want.errors.isEmpty {
                let compiled = try engine.compile(operation)
                #expect(engine.evaluate(compiled) == want, "seed \(seed): \(operation)")
                #expect(engine.outcome(of: compiled) == want.outcome, "seed \(seed): \(operation)")
            } else {
                #expect(throws: PledgeError.self) { try engine.compile(operation) }
            }
            if got != want { disagreements += 1 }
        }
        return disagreements
    }

    /// 1,000 generated rule sets of 1 to 12 rules, 12 operations each, in 40 batches.
    @Test(arguments: 0..<40)
    func smallPoliciesAgreeWithReference(batch: Int) throws {
        for seed in batch * 25..<(batch + 1) * 25 {
            #expect(try compare(seed: UInt64(seed), rules: 1 + seed % 12, operations: 12) == 0)
        }
    }

    /// Past one word (65 rules), at the old 1,024 and 4,096 widths and beyond (5,000):
    /// the wide rows and their sparse walks decide exactly as the reference does.
    @Test(arguments: [(1_000, 65), (1_001, 90), (1_002, 300), (1_003, 1_025), (1_004, 4_097), (1_005, 5_000)])
    func largePoliciesAgreeWithReference(seed: Int, rules: Int) throws {
        #expect(try compare(seed: UInt64(seed), rules: rules, operations: rules > 1_000 ? 60 : 40) == 0)
    }

    /// Narrow rules over many classes, listed data category by data category, so that
    /// rows are sparse and intersections walk the shorter of two live-word lists either way.
    @Test(arguments: [(1_100, 300), (1_101, 3_000)])
    func largeSparsePoliciesAgreeWithReference(seed: Int, rules: Int) throws {
        #expect(try compare(seed: UInt64(seed), rules: rules, operations: 60, sparse: true) == 0)
    }

    /// At 10,000 rules every decision starts from the action-and-data index and the
    /// candidates gathered from it, settles most denies before walking any atom, and
    /// walks the rest over the candidates alone: all of it decides exactly as the
    /// reference does, for broad rules (dense rows) and narrow ones (sparse rows).
    @Test(arguments: [(1_200, false), (1_201, true)])
    func tenThousandRulesThroughTheCandidateIndexAgreeWithReference(seed: Int, sparse: Bool) throws {
        var random = sparse ? RandomPolicy(seed: UInt64(seed), picks: 40...60, density: 0.95) : RandomPolicy(seed: UInt64(seed))
        let document = random.document(rules: 10_000)
        guard case .large(let table) = try Engine(document: document).policy.rules else {
            Issue.record("10,000 rules take the wide table")
            return
        }
        #expect(table.pairs != nil, "the action-and-data index fits its budget")
        #expect(try compare(seed: UInt64(seed), rules: 10_000, operations: 40, sparse: sparse) == 0)
    }

    @Test func atomProbesAgreeWithReference() throws {
        for seed in 2_000..<2_060 {
            var random = RandomPolicy(seed: UInt64(seed))
            let document = random.document(rules: 8)
            let engine = try Engine(document: document)
            let oracle = ReferenceEvaluator(document: document)
            var rng = SeededGenerator(seed: UInt64(seed))
            let t = Taxonomy.standard
            for _ in 0..<30 {
                let atom = Atom(scopedKeys: Dimension.scoped.map { rng.pick(t[$0].nodes).key })
                let context = rng.chance(0.5) ? [rng.pick(t[.context].nodes).key] : []
                let retention = rng.chance(0.5) ? ISODuration("P30D") : nil
                #expect(engine.evaluate(atom: atom, context: context, retention: retention)
                        == oracle.evaluate(atom: atom, context: context, retention: retention), "seed \(seed): \(atom)")
            }
        }
    }
}
