/// A policy with no rules at all: nothing is allowed or denied, so it cannot back any check.
struct NoRulesCheck: LintCheck {
    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        return LintCheckDescriptor(
            id: "no-rules",
            summary: "The policy has no rules.",
            rationale: "A policy with no rules decides nothing: every operation is not covered. That is almost always the wrong file, or a text the extractor could not read, and a lint that passes it would hide that.",
            triggering: [
                E.document([]),
                E.document([], unmapped: [UnmappedSentence(line: 3, text: "We may use your data.", reason: "no data object")]),
            ],
            nonTriggering: [E.document([E.rule("no-sale", .deny, Scope(action: ["sell"]))])])
    }

    func findings(in context: LintContext) -> [Finding] {
        guard context.document.rules.isEmpty else { return [] }
        return [Finding(severity: .error, check: descriptor.id,
                        message: "the policy has no rules: it allows and denies nothing, so every operation is not covered",
                        location: SourceLocation(file: context.file))]
    }
}
