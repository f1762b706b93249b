/// "Any information collected during giveaways …", "Information gathered through our surveys is used only to …": a
/// participle clause on the data that says which of it a promise is about. No data key names it, so it is kept in the
/// policy's own words as a fact of the rule: the rule binds an operation that claims it. Without it, a prohibition
/// would forbid the act on all such data, and a permission could not be written at all.
enum DataQualifier {
    /// The qualifying clause inside `range` (the words that name the data), if there is one: a participle of getting
    /// data right after a data phrase, followed by a preposition of when or how ("collected during", "received via").
    static func clause(in range: Range<Int>, _ s: AnnotatedSentence) -> Range<Int>? {
        // After a data phrase, or a head noun of data no key names ("Any information collected during …").
        for participle in range where range.contains(participle - 1) && s.endsData(at: participle) {
            guard Grammar.qualifyingParticiples.contains(s.word(participle)),
                  Grammar.qualifierPrepositions.contains(s.word(participle + 1)) else { continue }
            var end = participle + 2
            while end < range.upperBound, end < participle + 8, !s.tokens[end].isPunctuation,
                  !Grammar.auxiliaries.contains(s.word(end)), !Grammar.exampleMarkers.contains(where: { s.has($0, at: end) }),
                  !Grammar.coordinators.contains(s.word(end)), !["with", "to", "for"].contains(s.word(end)) {
                end += 1
            }
            // "gathered during your use of the site" restates what the whole policy governs: it names no part of the data.
            guard end > participle + 2, !ClauseSpans.restatesScope(participle + 2..<end, of: s) else { continue }
            return participle..<end
        }
        return nil
    }
}
