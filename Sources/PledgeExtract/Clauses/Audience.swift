/// "For Senders, your information will be used to …", "For our members, we may share …": a sentence that opens by
/// naming the kind of user it is about. The rules cannot name a kind of user, so a permission read without it would
/// hold for everyone's data; it is not written, and the sentence is listed. (A prohibition read without it is broader,
/// which errs toward deny.)
enum Audience {
    /// The opening words that name whose data the sentence is about, if it has them: "For" and a phrase up to a comma
    /// whose head names people — a noun for persons, or a capitalized plural ("Spammers").
    static func opening(_ s: AnnotatedSentence) -> Range<Int>? {
        guard s.word(0) == "for", let comma = (1..<min(s.tokens.count, 7)).first(where: { s.word($0) == "," }), comma > 1 else { return nil }
        let phrase = 1..<comma
        guard !phrase.contains(where: { s.tokens[$0].isPunctuation }),
              !s[.purpose].contains(where: { phrase.contains($0.range.lowerBound) }),
              !s[.context].contains(where: { phrase.contains($0.range.lowerBound) }) else { return nil }
        let head = s.tokens[comma - 1]
        let names = Grammar.people.contains(head.lower)
            || head.isCapitalized && head.lower.hasSuffix("s") && comma - 1 > 0
        return names ? 0..<comma : nil
    }
}
