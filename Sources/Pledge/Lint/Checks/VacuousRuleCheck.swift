/// A rule that can never apply: its scope is empty, or an exception that always holds
/// when the rule does removes its whole scope (for an allow, turns it into a promise not to).
struct VacuousRuleCheck: LintCheck {
    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        return LintCheckDescriptor(
            id: "vacuous-rule",
            summary: "A rule matches no operation at all, once its exceptions are taken out.",
            rationale: "A promise that covers nothing gives the reader a false sense of protection: the words are there, the effect is not.",
            triggering: [
                E.document([E.rule("no-sharing", .deny, Scope(action: ["share"], data: ["user"]),
                                   unless: [Exception(scope: Scope(data: ["user"]))])]),
                E.document([E.rule("no-sale", .deny, Scope(action: ["sell"], data: []))]),
                E.document([E.rule("may-share", .allow, Scope(action: ["share"], data: ["user.contact"]),
                                   unless: [Exception(scope: Scope(data: ["user"]))])]),
                E.document([E.rule("no-disclosure", .deny, Scope(action: ["disclose"]), when: ["subpoena"],
                                   unless: [Exception(when: ["legal_process"])])]),
            ],
            nonTriggering: [
                E.document([E.rule("no-sharing", .deny, Scope(action: ["share"], data: ["user"]),
                                   unless: [Exception(scope: Scope(data: ["user.contact"]))])]),
                E.document([E.rule("no-disclosure", .deny, Scope(action: ["disclose"]), when: ["legal_process"],
                                   unless: [Exception(when: ["subpoena"])])]),
            ])
    }

    func findings(in context: LintContext) -> [Finding] {
        guard let resolved = context.resolved else { return [] }
        var findings: [Finding] = []
        for r in resolved.rules {
            if r.scope.isEmpty {
                findings.append(context.finding(.warning, descriptor.id, "rule '\(r.rule.id)' lists no value for some dimension, so it matches no operation", rules: [r.rule]))
                continue
            }
            let removesAll = r.unless.contains { e in
                resolved.facts(r.when, imply: e.when) && r.scope.isInside(e.scope) && (r.breaking.map { $0.isInside(e.scope) } ?? true)
            }
            if removesAll {
                // An allow's exception is a promise: covering the whole scope, the rule permits nothing and forbids it all.
                let message = r.rule.effect == .allow
                    ? "rule '\(r.rule.id)' never permits: an exception that holds whenever it does makes its whole scope a promise not to"
                    : "rule '\(r.rule.id)' never applies: an exception that holds whenever it does removes its whole scope"
                findings.append(context.finding(.warning, descriptor.id, message, rules: [r.rule]))
            }
        }
        return findings
    }
}
