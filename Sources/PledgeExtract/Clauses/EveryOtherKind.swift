extension ClauseAnalyzer {
    /// "… or any other information", "and other personal data": a list of data closed by every other kind of data.
    func endsWithEveryOtherKind(_ ranges: [Range<Int>], _ s: AnnotatedSentence) -> Bool {
        ranges.contains { range in
            range.contains { j in
                s.word(j) == "other" && ["or", "and", "any", ","].contains(s.word(j - 1))
                    && ((j + 1...j + 3).contains { k in range.contains(k) && Grammar.dataNouns.contains(s.word(k)) }
                        // "this information, or any other,": the head left unsaid is the data named before.
                        || s.word(j - 1) == "any" && ["or", "and"].contains(s.word(j - 2)) && [",", ")", ";", "."].contains(s.word(j + 1)))
            }
        }
    }
}
