import Pledge

/// A permission joined to another practice with no subject of its own may share that practice's limit: read without it,
/// the permission could be wider than the text, so it is listed instead.
extension ClauseAnalyzer {
    /// The problem, if the permission of `p` may be limited by a purpose or condition of the practice it is joined to.
    func joinedPracticeLimit(of p: Predicate, previous: Predicate?, next: Predicate?, _ statement: Statement, _ spans: ClauseSpans,
                             _ s: AnnotatedSentence) -> String? {
        guard statement.effect == .allow else { return nil }
        // "We collect the domain name and monitor site traffic to improve our site": a purpose after the practice joined
        // to this one may be this one's too.
        if statement.purposes.isEmpty, let next, !next.negated,
           ["and", "or"].contains(s.word(next.groupStart - 1)), !Grammar.companyPronouns.contains(s.word(next.groupStart)),
           let shared = spans.purposes.first(where: { $0.lowerBound >= next.verbs.upperBound && !spans.inCondition($0.lowerBound) }) {
            return "the purpose after the practice joined to this one (\(s.text(shared.prefix(3))) …) may limit it too; alone, it would be wider than the text"
        }
        if statement.purposes.isEmpty, let next, let problem = PurposeClause.problem(next, s) { return problem }
        // "We use your data for marketing (with your consent) and may send you e-mails": a condition of the practice this
        // one is joined to may be this one's too.
        if let previous, let joined = JoinedLimit.range(of: p, after: previous, s, spans, when: statement.when) {
            return "the condition of the practice joined to this one (\(s.text(joined.prefix(4))) …) may limit it too; alone, it would be wider than the text"
        }
        return nil
    }
}
