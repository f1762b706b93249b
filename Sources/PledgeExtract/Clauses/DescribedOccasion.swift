/// "We never share the information we collect when you make a purchase", "Data submitted during registration is never
/// shared": an occasion inside the words that describe the data says which data, not when the promise holds. A prohibition
/// or a duty read with it as a condition would bind only on that occasion, narrower than the text.
enum DescribedOccasion {
    /// Whether condition `c` stands in a relative clause or a participle phrase right after data, with no punctuation and
    /// none of the promise's own verbs between.
    static func describesData(_ c: Condition, _ s: AnnotatedSentence, verbs: Range<Int>) -> Bool {
        guard !c.lifts else { return false }
        let start = c.range.lowerBound
        guard let data = (max(0, start - 5)..<start).last(where: { s.endsData(at: $0) }) else { return false }
        let gap = data..<start
        guard !gap.contains(where: { s.tokens[$0].isPunctuation || verbs.contains($0) }) else { return false }
        var first = gap.lowerBound
        if Grammar.relativePronouns.contains(s.word(first)) { first += 1 }
        let w = s.word(first)
        // "… we collect when", "… you give us at registration"; "… submitted during", "… sold at".
        let relative = ["we", "you", "they", "users"].contains(w) && first + 1 < start
        let participle = first + 1 == start || first + 2 == start ? (w.hasSuffix("ed") || Grammar.irregularParticiples.contains(w)) : false
        return relative || participle
    }
}
