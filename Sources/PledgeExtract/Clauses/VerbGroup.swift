/// The auxiliaries, adverbs and negations before a verb, walked back from it: mood and negation.
struct VerbGroup {
    var mood = Predicate.Mood.factual
    var negated = false

    /// Walks back from `j` over the group's words; returns the first index not in it.
    mutating func walk(from j: Int, _ s: AnnotatedSentence) -> Int {
        var k = j
        while k >= 0 {
            let w = s.word(k)
            guard Grammar.auxiliaries.contains(w) || Grammar.adverbs.contains(w) || Grammar.negations.contains(w) else { break }
            if Grammar.negations.contains(w) { negated = true }
            if Grammar.permissive.contains(w) { mood = .permissive }
            else if Grammar.hypothetical.contains(w) { mood = .hypothetical }
            else if Grammar.obligating.contains(w), mood == .factual { mood = .obligating }
            k -= 1
        }
        return k
    }
}
