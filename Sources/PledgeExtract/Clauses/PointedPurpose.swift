/// "To do so, you must provide your name and card number", "For this purpose, we share …": a sentence that opens with a
/// purpose pointing back to what the sentence before says. That purpose is the permission's limit, and it is read only
/// with the sentence before, which this reading does not join: the permission is not written, and the sentence is listed.
enum PointedPurpose {
    /// The opening words that point back to a purpose, if the sentence has them.
    static func opening(_ s: AnnotatedSentence) -> Range<Int>? {
        for phrase in Grammar.pointedPurposeOpenings {
            let words = phrase.split(separator: " ").map(String.init)
            if s.has(words, at: 0), s.word(words.count) == "," { return 0..<words.count }
        }
        return nil
    }
}
