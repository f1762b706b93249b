import Testing
@testable import Pledge

/// The shadowed-rule check looks only at the rules an index says may enclose a rule. The
/// reference here compares every pair of rules of the same effect, as the definition
/// reads: on random policies both must report the same narrower rule against the same
/// (first) wider one.
@Suite struct ShadowedRuleOracleTests {
    private func reference(_ policy: ResolvedPolicy) -> [[String]] {
        let meanings = policy.rules.map(RuleComparison.Meaning.init)
        return policy.rules.enumerated().compactMap { n, narrow in
            guard narrow.rule.effect != .require else { return nil }
            let wide = policy.rules.indices.first { w in
                let wide = policy.rules[w]
                return wide.rule.effect == narrow.rule.effect && wide.rule.id != narrow.rule.id && meanings[n] != meanings[w]
                    && narrow.scope.isInside(wide.scope) && policy.facts(narrow.when, imply: wide.when)
                    && wide.unless.allSatisfy(narrow.unless.contains)
                    && (narrow.rule.effect != .allow || narrow.unless.allSatisfy(wide.unless.contains))
            }
            return wide.map { [narrow.rule.id, policy.rules[$0].rule.id] }
        }
    }

    @Test(arguments: Array(UInt64(1)...40))
    func theIndexFindsEveryPairTheDefinitionGives(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let document = generator.document(rules: 30)
        let policy = try ResolvedPolicy(document, taxonomy: .standard)
        let found = ShadowedRuleCheck().findings(in: LintContext(document: document, taxonomy: .standard)).map(\.ruleIDs)
        #expect(found == reference(policy))
    }

    /// The random policies must shadow rules, or the comparison above says nothing.
    @Test func randomPoliciesShadowRules() throws {
        var shadowed = 0
        for seed in UInt64(1)...40 {
            var generator = RandomRules(random: SeededGenerator(seed: seed))
            shadowed += reference(try ResolvedPolicy(generator.document(rules: 30), taxonomy: .standard)).count
        }
        #expect(shadowed >= 20)
    }
}
