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
        let regions = try #require(context.regions), engine = try #require(context.engine)
        let all = regions.partition.regions
        let candidates = o.regions.filter { all[$0].isolated } + o.regions.filter { !all[$0].isolated }
        for i in candidates.prefix(8) {
            let op = all[i].witness(in: context.taxonomy)
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
