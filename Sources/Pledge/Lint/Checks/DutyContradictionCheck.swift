/// A duty (`require`) whose breaking operations include something a permission allows:
/// deleting Registration Data on cancellation vs keeping card details "for future usage".
struct DutyContradictionCheck: LintCheck {
    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        let keepCard = E.rule("keep-card", .allow, Scope(action: ["retain"], data: ["user.financial.credit_card"]), line: 9,
                              text: "We will keep your credit card details for future usage.")
        let deleteOnCancel = E.rule("delete-on-cancel", .require, Scope(action: ["delete"], data: ["registration_data"]), when: ["account_cancelled"], line: 12,
                                    text: "Once the account is cancelled we will delete all your Registration Data.")
        let terms = ["registration_data": ["user.name", "user.contact", "user.financial.credit_card"]]
        return LintCheckDescriptor(
            id: "duty-contradicts-permission",
            summary: "A duty the policy takes on is broken by an operation that another clause permits.",
            rationale: "The two promises cannot both be kept: doing what the permission allows breaks the duty. The engine denies it (the duty wins), but the permission's reader was promised otherwise.",
            triggering: [E.document([keepCard, deleteOnCancel], terms: terms)],
            nonTriggering: [
                E.document([keepCard, E.rule("delete-on-cancel", .require, Scope(action: ["delete"], data: ["user.name", "user.contact"]), when: ["account_cancelled"])]),
                E.document([E.rule("keep-card", .allow, Scope(action: ["retain"], data: ["user.financial.credit_card"]), unless: [Exception(when: ["account_cancelled"])]),
                            deleteOnCancel], terms: terms),
            ])
    }

    func findings(in context: LintContext) -> [Finding] {
        context.overrides(decidedBy: .require).compactMap { o in
            guard let permission = context.rule(o.overridden.ruleID), let duty = context.rule(o.deciding.ruleID) else { return nil }
            let what = o.overridden.exception != nil ? "the exception to deny '\(permission.id)'" : "\(permission.effect.rawValue) '\(permission.id)'"
            var message = "duty '\(duty.id)' contradicts \(what)"
            message += o.whole ? " everywhere it applies" : " in part"
            if let w = o.witness { message += ": \(WitnessText.describe(w)) is permitted by one and breaks the other (denied)" }
            return context.finding(.error, descriptor.id, message, rules: [duty, permission], witness: o.witness)
        }
    }
}
