import Pledge

extension ClauseAnalyzer {
    /// "…, and we will notify you before it is transferred": a notice the company promises
    /// before the practice just stated. `p` is the practice named again ("it is transferred");
    /// what is returned is the duty's words, to attach to the statement read before it.
    func trailingNotice(_ p: Predicate, from clauseStart: Int, _ s: AnnotatedSentence) -> Range<Int>? {
        let g = p.groupStart
        let opener: Int
        if s.word(g - 1) == "before" { opener = g - 1 }
        else if s.has(["prior", "to"], at: g - 2) { opener = g - 2 }
        else { return nil }
        // The practice is named by a pronoun: it is the one just stated, not a new one.
        guard p.passive, ["it", "they", "this", "these", "such"].contains(s.word(g)), clauseStart < opener,
              let notice = (clauseStart..<opener).first(where: { Grammar.noticeWords.contains(s.word($0)) }),
              (clauseStart..<notice).contains(where: { Grammar.companyPronouns.contains(s.word($0)) }) else { return nil }
        return notice..<p.verbs.upperBound
    }

    /// "we will provide notice before …": a promise of notice before the practice the next predicate names.
    func isNotice(_ p: Predicate, _ s: AnnotatedSentence) -> Bool {
        let end = p.verbs.upperBound
        return (end..<min(s.tokens.count, end + 2)).contains { Grammar.noticeWords.contains(s.word($0)) }
            && ((end + 1)..<min(s.tokens.count, end + 5)).contains { ["before", "prior"].contains(s.word($0)) }
    }
}
