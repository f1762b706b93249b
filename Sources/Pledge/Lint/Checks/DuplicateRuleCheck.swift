/// Two rules that say the same thing: same effect, same scope, conditions and exceptions.
struct DuplicateRuleCheck: LintCheck {
    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        let noSale = E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["user.contact.email"]), line: 4)
        return LintCheckDescriptor(
            id: "duplicate-rule",
            summary: "Two rules have the same effect over the same operations, under the same conditions and exceptions.",
            rationale: "A promise stated twice is harmless until one copy is edited and the other is not; then the policy says two things. Keep one.",
            triggering: [
                E.document([noSale, E.rule("no-sale-again", .deny, Scope(action: ["sell"], data: ["user.contact.email"]), line: 20)]),
                // Terms are expanded: the same data named two ways is the same rule.
                E.document([E.rule("a", .allow, Scope(action: ["use"], data: ["contact"])), E.rule("b", .allow, Scope(action: ["use"], data: ["user.contact"]))],
                           terms: ["contact": ["user.contact"]]),
            ],
            nonTriggering: [
                E.document([noSale, E.rule("no-sale-phone", .deny, Scope(action: ["sell"], data: ["user.contact.phone_number"]))]),
                E.document([noSale, E.rule("no-sale-unless", .deny, Scope(action: ["sell"], data: ["user.contact.email"]), when: ["merger"])]),
            ])
    }

    func findings(in context: LintContext) -> [Finding] {
        guard let resolved = context.resolved else { return [] }
        // Same meaning is an equivalence: each rule is reported against the first of its class,
        // found by hashing the meaning (linear, where comparing every pair was quadratic).
        var first: [RuleComparison.Meaning: Int] = [:]
        var pairs: [(Int, Int)] = []
        for (j, b) in resolved.rules.enumerated() {
            let meaning = RuleComparison.Meaning(b)
            if let i = first[meaning] { pairs.append((i, j)) } else { first[meaning] = j }
        }
        return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { i, j in
            let a = resolved.rules[i].rule, b = resolved.rules[j].rule
            return context.finding(.warning, descriptor.id, "rule '\(b.id)' duplicates rule '\(a.id)'", rules: [a, b])
        }
    }
}
