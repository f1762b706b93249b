/// An allow (or an exception, or a duty's own permission) that a deny overrides without
/// making an exception for it.
struct OverriddenAllowCheck: LintCheck {
    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        let shareAggregate = E.rule("share-aggregate", .allow, Scope(action: ["share"], data: ["user"], recipient: ["third_party"], identifiability: ["aggregated"]), line: 3)
        return LintCheckDescriptor(
            id: "overridden-allow",
            summary: "A permission is overridden, wholly or partly, by a prohibition that makes no exception for it.",
            rationale: "Deny overrides allow, so the permission silently does not hold where the two overlap. Either the prohibition needs an exception or the permission promises too much; a reader of the policy cannot tell which was meant.",
            triggering: [
                E.document([shareAggregate, E.rule("no-sharing", .deny, Scope(action: ["share"], data: ["user"], recipient: ["third_party"]), line: 5)]),
                E.document([
                    E.rule("email-offers", .allow, Scope(action: ["email"], data: ["user.contact.email"], purpose: ["marketing"]), when: ["consent"]),
                    E.rule("no-marketing", .deny, Scope(purpose: ["marketing"]), line: 2),
                ]),
                // The promise of a permission's exception forbids as a prohibition does: once the reader opts out.
                E.document([
                    E.rule("email-offers", .allow, Scope(action: ["email"], data: ["user.contact.email"], purpose: ["marketing"])),
                    E.rule("contact-you", .allow, Scope(action: ["contact"], data: ["user.contact"]),
                           unless: [Exception(scope: Scope(purpose: ["marketing"]), when: ["opted_out"])], line: 2),
                ]),
            ],
            nonTriggering: [
                E.document([shareAggregate, E.rule("no-sharing", .deny, Scope(action: ["share"], data: ["user"], recipient: ["third_party"], identifiability: ["identified"]), line: 5)]),
                E.document([shareAggregate, E.rule("no-sharing", .deny, Scope(action: ["share"], data: ["user"], recipient: ["third_party"]),
                                                  unless: [Exception(scope: Scope(identifiability: ["aggregated"]))], line: 5)]),
            ])
    }

    func findings(in context: LintContext) -> [Finding] {
        if let reason = context.unanalysable {
            return [Finding(severity: .error, check: descriptor.id,
                            message: "\(reason): conflicts between permissions, prohibitions and duties were not checked",
                            location: SourceLocation(file: context.file))]
        }
        return context.overrides(decidedBy: .deny).compactMap { o in
            guard let permission = context.rule(o.overridden.ruleID), let deny = context.rule(o.deciding.ruleID) else { return nil }
            let what = o.overridden.exception != nil ? "the exception to deny '\(permission.id)'" : "\(permission.effect.rawValue) '\(permission.id)'"
            let by = deny.effect == .allow ? "the exception to allow '\(deny.id)', a promise that forbids" : "deny '\(deny.id)'"
            var message = "\(what) is \(o.whole ? "wholly" : "partly") overridden by \(by), which makes no exception for it"
            if let w = o.witness { message += ": \(WitnessText.describe(w)) is denied" }
            return context.finding(o.whole ? .error : .warning, descriptor.id, message, rules: [permission, deny], witness: o.witness)
        }
    }
}
