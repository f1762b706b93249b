/// Wording that leaves the reader unable to tell what a clause covers.
struct VagueWordingCheck: LintCheck {
    /// Phrases that open-endedly widen or soften a promise.
    static let phrases = [
        "may include", "such as", "including but not limited to", "from time to time", "for example", "etc.",
        "certain", "limited circumstances", "and/or", "as necessary", "reasonably", "appropriate", "good faith",
        "legitimate business purposes", "other purposes",
    ]

    var descriptor: LintCheckDescriptor {
        typealias E = LintExample
        return LintCheckDescriptor(
            id: "vague-wording",
            summary: "A clause uses open-ended wording (\"may include\", \"such as\", \"from time to time\").",
            rationale: "Open-ended wording makes a promise's scope a matter of interpretation; the extracted rule fixes one reading, which a reviewer should confirm.",
            triggering: [E.document([E.rule("share-limited", .allow, Scope(action: ["share"]), text: "We may share information with third parties in limited circumstances, such as fraud prevention.")])],
            nonTriggering: [E.document([E.rule("no-sale", .deny, Scope(action: ["sell"]), text: "Your e-mail address will not be sold to a third party.")])])
    }

    func findings(in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<Int>()
        func scan(_ text: String, line: Int, rule: Rule?, section: String?) {
            let lower = text.lowercased()
            let found = Self.phrases.filter { lower.contains($0) }
            guard !found.isEmpty, seen.insert(line).inserted else { return }
            let clause = QuotedClause(ruleID: rule?.id, location: context.location(line: line), section: section, text: text,
                                      review: rule?.review)
            findings.append(Finding(severity: .info, check: descriptor.id,
                                    message: "vague wording: " + found.map { "\"\($0)\"" }.joined(separator: ", "),
                                    ruleIDs: rule.map { [$0.id] } ?? [], clauses: [clause], location: clause.location))
        }
        for rule in context.document.rules { scan(rule.source.text, line: rule.source.line, rule: rule, section: rule.source.section) }
        for sentence in context.document.unmapped { scan(sentence.text, line: sentence.line, rule: nil, section: sentence.section) }
        return findings
    }
}
