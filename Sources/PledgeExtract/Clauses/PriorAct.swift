/// "We will obtain your consent before we share your information with third parties", "we will notify you before we
/// disclose it": a practice in a clause opened by "before" (or "prior to") is stated as what another act of the
/// company's comes first. Where that act asks the reader's consent, the practice holds only with it; where it is any
/// other act (a notice the reading does not attach, a review), a plain permission would drop the act.
enum PriorAct {
    enum Kind: Equatable { case consent, other }

    static let problem = "the practice is stated as what another act comes before; that act is not read with it"

    private static let consentWords: Set<String> = ["consent", "permission", "authorization", "authorisation", "approval", "agreement", "opt-in"]

    /// Conditions `statement` on the consent asked before it; false when it is a permission whose prior act is another
    /// (not a notice already attached as its obligation, `noticed`), and must not be written.
    static func settle(_ statement: inout Statement, _ p: Predicate, _ s: AnnotatedSentence, noticed: Bool) -> Bool {
        switch of(p, s) {
        case .consent:
            if !statement.when.contains("consent") { statement.when.append("consent") }
            return true
        case .other: return statement.effect != .allow || noticed
        case nil: return true
        }
    }

    /// The act the practice `p` comes after, if its clause is opened by "before" or "prior to".
    private static func of(_ p: Predicate, _ s: AnnotatedSentence) -> Kind? {
        let opens = { (i: Int) in s.word(i - 1) == "before" || s.has(["prior", "to"], at: i - 2) }
        // (The company's own act, or a passive one: "before you enter your password" is the reader's.)
        guard let start = [p.groupStart, p.subject.lowerBound].first(where: opens), p.passive || Grammar.companyPronouns.contains(s.word(start)) else { return nil }
        let clause = start..<p.verbs.upperBound
        return s.tokens.indices.contains { !clause.contains($0) && consentWords.contains(s.word($0)) } ? .consent : .other
    }
}
