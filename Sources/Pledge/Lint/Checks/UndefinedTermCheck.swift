/// A key that is neither a node of the vocabulary nor a term the policy defines.
struct UndefinedTermCheck: LintCheck {
    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        return LintCheckDescriptor(
            id: "undefined-term",
            summary: "A rule, exception or defined term names something the vocabulary does not know and the policy does not define.",
            rationale: "An unknown term cannot be evaluated; the engine refuses the policy (fail closed). The rule was probably meant to name a defined term or a vocabulary node with a similar name.",
            triggering: [
                E.document([E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["registration_data"]))]),
                E.document([E.rule("share-on-subpoena", .allow, Scope(action: ["share"]), when: ["court_order"])]),
                E.document([E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["registration_data"]))], terms: ["registration_data": ["user.nickname"]]),
            ],
            nonTriggering: [
                E.document([E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["registration_data"]))], terms: ["registration_data": ["user.name"]]),
            ])
    }

    func findings(in context: LintContext) -> [Finding] {
        let taxonomy = context.taxonomy
        let terms = context.document.terms
        var findings: [Finding] = []
        func check(_ scope: Scope, when: [String], in rule: Rule) {
            for dimension in Dimension.scoped {
                for key in scope[dimension] ?? [] where !taxonomy[dimension].contains(key) && !(dimension == .data && terms[key] != nil) {
                    findings.append(context.finding(.error, descriptor.id, "rule '\(rule.id)' names \(dimension.rawValue) '\(key)', which is neither in the vocabulary nor a defined term", rules: [rule]))
                }
            }
            for fact in when where !taxonomy[.context].contains(fact) {
                findings.append(context.finding(.error, descriptor.id, "rule '\(rule.id)' names context fact '\(fact)', which is not in the vocabulary", rules: [rule]))
            }
        }
        for rule in context.document.rules {
            check(rule.scope, when: rule.when, in: rule)
            for e in rule.unless { check(e.scope, when: e.when, in: rule) }
        }
        for (term, members) in terms.sorted(by: { $0.key < $1.key }) {
            for key in members where !taxonomy[.data].contains(key) {
                findings.append(Finding(severity: .error, check: descriptor.id, message: "defined term '\(term)' includes '\(key)', which is not a data category of the vocabulary",
                                        location: SourceLocation(file: context.file)))
            }
        }
        return findings
    }
}
