/// An allow or deny wholly inside another of the same effect that has no condition or
/// exception the first lacks: the narrower rule adds nothing.
struct ShadowedRuleCheck: LintCheck {
    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        let noSharing = E.rule("no-sharing", .deny, Scope(action: ["share"], data: ["user"], recipient: ["third_party"]), line: 3)
        return LintCheckDescriptor(
            id: "shadowed-rule",
            summary: "A rule is wholly inside another rule of the same effect that applies whenever it does.",
            rationale: "The narrower rule decides nothing the wider one does not. It is often a sign that the wider rule was meant to be narrower, or the narrower one to say something else.",
            triggering: [
                E.document([noSharing, E.rule("no-email-sale", .deny, Scope(action: ["sell"], data: ["user.contact.email"], recipient: ["advertiser"]), line: 8)]),
                E.document([E.rule("use-any", .allow, Scope(action: ["use"])), E.rule("use-on-consent", .allow, Scope(action: ["use"], data: ["user.device"]), when: ["consent"])]),
            ],
            nonTriggering: [
                // The wider rule has an exception the narrower one lacks: the narrower still decides there.
                E.document([E.rule("no-sharing", .deny, Scope(action: ["share"], data: ["user"], recipient: ["third_party"]),
                                   unless: [Exception(scope: Scope(recipient: ["government"]), when: ["legal_process"])]),
                            E.rule("no-sale-to-government", .deny, Scope(action: ["sell"], recipient: ["government"]))]),
                // The wider rule needs a fact the narrower does not.
                E.document([E.rule("use-on-consent", .allow, Scope(action: ["use"]), when: ["consent"]), E.rule("use-device", .allow, Scope(action: ["use"], data: ["user.device"]))]),
                E.document([noSharing, E.rule("may-sell", .allow, Scope(action: ["sell"], data: ["user.contact.email"]))]),
                // The narrower allow makes a promise (its opt-out denies) that the wider one does not.
                E.document([E.rule("may-contact", .allow, Scope(action: ["contact"], data: ["user.contact"])),
                            E.rule("may-email-offers", .allow, Scope(action: ["email"], data: ["user.contact.email"], purpose: ["marketing"]),
                                   unless: [Exception(when: ["opted_out"])])]),
            ])
    }

    func findings(in context: LintContext) -> [Finding] {
        guard let resolved = context.resolved else { return [] }
        var findings: [Finding] = []
        let meanings = resolved.rules.map(RuleComparison.Meaning.init)
        // Only rules of the same effect can shadow each other, and only rules whose scope may
        // hold the narrower one's: the index finds those without comparing every pair.
        var byEffect: [Effect: [(index: Int, scope: ResolvedScope)]] = [:]
        for (i, r) in resolved.rules.enumerated() { byEffect[r.rule.effect, default: []].append((i, r.scope)) }
        let enclosing = byEffect.mapValues { EnclosingScopes($0, taxonomy: resolved.taxonomy) }
        for (n, narrow) in resolved.rules.enumerated() where narrow.rule.effect != .require {
            for w in enclosing[narrow.rule.effect]?.candidates(enclosing: narrow.scope) ?? [] {
                let wide = resolved.rules[w]
                guard wide.rule.id != narrow.rule.id, meanings[n] != meanings[w],
                      narrow.scope.isInside(wide.scope),
                      resolved.facts(narrow.when, imply: wide.when),
                      wide.unless.allSatisfy(narrow.unless.contains),
                      // An allow's exceptions are promises that deny: the wider rule must make them too.
                      narrow.rule.effect != .allow || narrow.unless.allSatisfy(wide.unless.contains)
                else { continue }
                findings.append(context.finding(.warning, descriptor.id,
                    "rule '\(narrow.rule.id)' is shadowed by rule '\(wide.rule.id)': every operation it \(narrow.rule.effect == .allow ? "allows" : "denies") is already \(narrow.rule.effect == .allow ? "allowed" : "denied") there",
                    rules: [narrow.rule, wide.rule]))
                break
            }
        }
        return findings
    }
}
