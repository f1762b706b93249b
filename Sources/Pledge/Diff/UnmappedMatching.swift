extension UnmappedSentence {
    /// The sentence's words, lower-cased, without punctuation or layout: formatting-only
    /// edits leave it unchanged.
    var words: [Substring] {
        Substring(text.lowercased()).split { !$0.isLetter && !$0.isNumber }
    }

    /// The sentences of `sentences` with no sentence of the same words in `others`, counting duplicates.
    static func unmatched(_ sentences: [UnmappedSentence], against others: [UnmappedSentence]) -> [UnmappedSentence] {
        var available: [[Substring]: Int] = [:]
        for s in others { available[s.words, default: 0] += 1 }
        return sentences.filter { s in
            guard let n = available[s.words], n > 0 else { return true }
            available[s.words] = n - 1
            return false
        }
    }
}
