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
        var findings: [Finding] = []
        var reported = Set<Int>()
        for (i, a) in resolved.rules.enumerated() where !reported.contains(i) {
            for (j, b) in resolved.rules.enumerated() where j > i && !reported.contains(j) && RuleComparison.sameMeaning(a, b) {
                reported.insert(j)
                findings.append(context.finding(.warning, descriptor.id, "rule '\(b.rule.id)' duplicates rule '\(a.rule.id)'", rules: [a.rule, b.rule]))
            }
        }
        return findings
    }
}
