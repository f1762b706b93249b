/// "We use your data for marketing (with your consent) and may send you e-mails": the practices of one sentence joined
/// under one subject share what limits the first. A condition written between them, which the later practice's rule
/// does not hold, may be the later one's too — read without it, a permission could be wider than the text.
enum JoinedLimit {
    /// A condition between the practice before and `p`, when `p` shares its subject ("… and may send you e-mails"),
    /// that `p`'s rule does not already hold: an occasion or a choice the text names there.
    static func range(of p: Predicate, after previous: Predicate, _ s: AnnotatedSentence, _ spans: ClauseSpans,
                      when: [String]) -> Range<Int>? {
        guard p.subject.isEmpty || p.subject == previous.subject, previous.verbs.upperBound < p.groupStart,
              ["and", "or", ","].contains(s.word(p.groupStart - 1)) else { return nil }
        let joined = previous.verbs.upperBound..<p.groupStart
        if let c = spans.conditions.first(where: { c in
            joined.contains(c.range.lowerBound) && !c.lifts && !spans.restatements.contains(c.range)
                && (c.facts.isEmpty || !c.facts.allSatisfy(when.contains))
        }) { return c.range }
        return s[.context].first { m in
            joined.contains(m.range.lowerBound) && !m.keys.contains(where: when.contains) && !spans.inCondition(m.range.lowerBound)
        }?.range
    }
}
