/// A term the policy defines that no rule or exception uses.
struct UnusedTermCheck: LintCheck {
    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        let terms = ["registration_data": ["user.name", "user.contact"]]
        return LintCheckDescriptor(
            id: "unused-term",
            summary: "A defined term is used by no rule.",
            rationale: "A policy defines a term to make promises about it. If no promise uses it, a clause about it was probably lost in extraction or never written.",
            triggering: [E.document([E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["user.contact"]))], terms: terms)],
            nonTriggering: [
                E.document([E.rule("no-sale", .deny, Scope(action: ["sell"], data: ["registration_data"]))], terms: terms),
                E.document([E.rule("no-sale", .deny, Scope(action: ["sell"]), unless: [Exception(scope: Scope(data: ["registration_data"]))])], terms: terms),
            ])
    }

    func findings(in context: LintContext) -> [Finding] {
        var used = Set<String>()
        for rule in context.document.rules {
            used.formUnion(rule.scope.data ?? [])
            for e in rule.unless { used.formUnion(e.scope.data ?? []) }
        }
        return context.document.terms.keys.sorted().filter { !used.contains($0) }.map { term in
            Finding(severity: .warning, check: descriptor.id, message: "defined term '\(term)' is used by no rule", location: SourceLocation(file: context.file))
        }
    }
}
