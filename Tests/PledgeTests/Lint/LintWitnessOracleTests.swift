import Testing
@testable import Pledge

/// The linter confirms an override's witness with an engine of only the rules the witness
/// meets, less the rules that deny it. The reference here recompiles the whole policy less
/// those rules, as the definition reads: on random policies both must pick the same
/// witness for every override, or none for both.
@Suite struct LintWitnessOracleTests {
    /// The witness by definition: the first of up to eight of the override's regions
    /// (isolated ones first) whose witness operation the deciding rule denies and the
    /// policy less every rule that denies it allows.
    private func referenceWitness(_ o: Override, _ context: LintContext) throws -> Operation? {
        let engine = try #require(context.engine)
        for (_, region) in o.candidates {
            let op = region.witness(in: context.taxonomy)
            let decision = engine.evaluate(op)
            guard decision.outcome == .deny, decision.deciding.contains(where: { $0.ruleID == o.deciding.ruleID }) else { continue }
            let denying = Set(decision.deciding.map(\.ruleID))
            var rest = context.document
            rest.rules.removeAll { denying.contains($0.id) }
            if try Engine(document: rest, taxonomy: context.taxonomy).evaluate(op).outcome == .allow { return op }
        }
        return nil
    }

    @Test(arguments: Array(UInt64(1)...30))
    func everyWitnessIsTheOneTheDefinitionGives(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let context = LintContext(document: generator.document(rules: 24), taxonomy: .standard)
        let overrides = context.overrides(decidedBy: .deny) + context.overrides(decidedBy: .require)
        for o in overrides {
            let expected = try referenceWitness(o, context)
            #expect(o.witness == expected, "\(o.overridden.ruleID) overridden by \(o.deciding.ruleID): \(o.witness.map(WitnessText.describe) ?? "none") vs \(expected.map(WitnessText.describe) ?? "none")")
        }
    }

    /// The random policies must show overrides with witnesses, or the comparison above says nothing.
    @Test func randomPoliciesShowWitnessedOverrides() {
        var witnessed = 0
        for seed in UInt64(1)...30 {
            var generator = RandomRules(random: SeededGenerator(seed: seed))
            let context = LintContext(document: generator.document(rules: 24), taxonomy: .standard)
            witnessed += (context.overrides(decidedBy: .deny) + context.overrides(decidedBy: .require)).filter { $0.witness != nil }.count
        }
        #expect(witnessed >= 30)
    }
}

/// The linter decides each region once as it is cut and keeps, per override, only a count
/// and the few regions its witness is chosen from. The reference here keeps every region
/// and every decision, as the definition reads: the pairs, their region counts, whether
/// each is whole and the candidates must agree.
@Suite struct OverrideScanOracleTests {
    @Test(arguments: Array(UInt64(1)...30))
    func everyOverrideHoldsWhatAllTheRegionsShow(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let document = generator.document(rules: 24)
        let context = LintContext(document: document, taxonomy: .standard)
        let policy = try ResolvedPolicy(document, taxonomy: .standard)
        let engine = try Engine(policy)
        var list = RegionList()
        _ = RegionPartition([policy], taxonomy: .standard, visitor: &list)
        let decisions = list.regions.map { r in
            engine.evaluate(atom: r.atom(in: .standard), context: r.contextKeys(in: .standard), retention: r.retains ? r.retention : nil)
        }
        var applies: [String: Set<Int>] = [:]
        var pairs: [[String]: Set<Int>] = [:]
        for (i, d) in decisions.enumerated() {
            for p in d.outcome == .deny ? d.overridden : d.outcome == .allow ? d.deciding : [] { applies[p.ruleID, default: []].insert(i) }
            guard d.outcome == .deny else { continue }
            for over in d.overridden {
                // Every rule that decides the deny overrides: a prohibition, a duty, or a permission's exception (its promise).
                for deciding in d.deciding where deciding.ruleID != over.ruleID {
                    pairs[[over.ruleID, deciding.ruleID, deciding.effect.rawValue], default: []].insert(i)
                }
            }
        }
        let found = context.allOverrides
        #expect(Set(found.map { [$0.overridden.ruleID, $0.deciding.ruleID, $0.deciding.effect.rawValue] }) == Set(pairs.keys))
        for o in found {
            let regions = try #require(pairs[[o.overridden.ruleID, o.deciding.ruleID, o.deciding.effect.rawValue]]).sorted()
            let candidates = regions.filter { list.regions[$0].isolated } + regions.filter { !list.regions[$0].isolated }
            #expect(o.regionCount == regions.count)
            #expect(o.whole == (Set(regions) == applies[o.overridden.ruleID]))
            #expect(o.candidates.map(\.index) == Array(candidates.prefix(8)))
        }
    }
}
