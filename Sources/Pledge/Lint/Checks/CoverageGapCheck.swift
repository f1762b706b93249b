/// A normative sentence of the policy that the extractor could not map to a rule, and that
/// no reviewer has signed off (as needing no rule, or by adding one).
struct CoverageGapCheck: LintCheck {
    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        return LintCheckDescriptor(
            id: "coverage-gap",
            summary: "A sentence that makes a promise was not mapped to any rule.",
            rationale: "The rules are only as complete as the extraction. A promise left out is a promise the engine will not keep; a prohibition left out is the worse case and is a warning.",
            triggering: [
                E.document([], unmapped: [UnmappedSentence(line: 7, text: "We will never rent your dog's name.", reason: "no data object")]),
                E.document([], unmapped: [UnmappedSentence(line: 9, text: "We may contact you about surveys.", reason: "no data object")]),
            ],
            nonTriggering: [
                E.document([E.rule("no-sale", .deny, Scope(action: ["sell"]))]),
                E.document([], unmapped: [UnmappedSentence(line: 7, text: "Cookies do not reveal who you are.", reason: "the actor is not the company",
                                                           review: RuleReview(status: .accepted, by: "A. Reviewer", date: "2026-11-26"))]),
            ])
    }

    func findings(in context: LintContext) -> [Finding] {
        context.document.unmapped.filter { $0.review == nil }.map { sentence in
            let prohibition = Self.isProhibition(sentence.text)
            let clause = QuotedClause(ruleID: nil, location: context.location(line: sentence.line), section: sentence.section, text: sentence.text)
            return Finding(severity: prohibition ? .warning : .info, check: descriptor.id,
                           message: "\(prohibition ? "a prohibition" : "a normative sentence") is not mapped to any rule (\(sentence.reason))",
                           clauses: [clause], location: clause.location)
        }
    }

    /// Whether the sentence forbids something: a negation near its modal.
    static func isProhibition(_ text: String) -> Bool {
        let words = Set(text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map(String.init))
        return !words.isDisjoint(with: ["not", "never", "no", "won't", "won’t", "cannot", "neither", "nor"])
    }
}
