import Testing
@testable import Pledge

/// An operation naming a node stands for the node's subtree: it meets a rule exactly when,
/// in every dimension, that subtree shares a node with the rule's scope (or with a duty's
/// breaking scope). RuleReach answers this from each scope's nodes and their ancestors; the
/// reference here intersects the subtrees, as the definition reads.
@Suite struct RuleReachTests {
    let taxonomy = Taxonomy.standard

    private func meets(_ nodes: [Int?], _ scope: ResolvedScope) -> Bool {
        zip(Dimension.scoped.indices, nodes).allSatisfy { d, node in
            guard let node, let covered = scope.covered[d] else { return true }
            let tree = taxonomy[Dimension.scoped[d]]
            return !covered.isDisjoint(with: tree.subtreeIndices(of: tree.nodes[node].key))
        }
    }

    @Test(arguments: Array(UInt64(1)...20))
    func theRulesMetAreThoseWhoseScopeSharesANodeWithTheOperation(_ seed: UInt64) throws {
        var generator = RandomRules(random: SeededGenerator(seed: seed))
        let policy = try ResolvedPolicy(generator.document(rules: 24), taxonomy: taxonomy)
        let reach = RuleReach(policy)
        for _ in 0..<200 {
            // One node per dimension, any node of the tree (inner nodes too); sometimes no purpose.
            let nodes: [Int?] = Dimension.scoped.enumerated().map { d, dimension in
                d == 2 && generator.chance(20) ? nil : generator.random.pick(Array(taxonomy[dimension].nodes.indices))
            }
            let expected = policy.rules.indices.filter { r in
                meets(nodes, policy.rules[r].scope) || policy.rules[r].breaking.map { meets(nodes, $0) } == true
            }
            #expect(reach.rules(metBy: nodes) == expected, "nodes \(nodes)")
        }
    }

    @Test func anAncestorMeetsARuleOnADescendantAndADutyIsMetByWhatBreaksIt() throws {
        typealias E = LintExample
        let policy = try ResolvedPolicy(E.document([
            E.rule("no-email-sale", .deny, Scope(action: ["sell"], data: ["user.contact.email"])),
            E.rule("use-device", .allow, Scope(action: ["use"], data: ["user.device"])),
            E.rule("delete-on-cancel", .require, Scope(action: ["delete"], data: ["user.financial.credit_card"]), when: ["account_cancelled"]),
        ]), taxonomy: taxonomy)
        func node(_ dimension: Dimension, _ key: String) throws -> Int {
            guard let index = taxonomy[dimension].index(of: key) else { throw PledgeError.inconsistent("no node \(key)") }
            return index
        }
        let sellUser: [Int?] = try [node(.action, "sell"), node(.data, "user"), nil, node(.recipient, "third_party"), node(.identifiability, "identified")]
        // Selling user data meets the sale of e-mail addresses below it, and breaks the duty to
        // delete card details (selling keeps them); it meets nothing about devices' use.
        #expect(RuleReach(policy).rules(metBy: sellUser) == [0, 2])
        let retainCard: [Int?] = try [node(.action, "retain"), node(.data, "user.financial.credit_card"), nil, node(.recipient, "first_party"), node(.identifiability, "identified")]
        #expect(RuleReach(policy).rules(metBy: retainCard) == [2])
    }
}
