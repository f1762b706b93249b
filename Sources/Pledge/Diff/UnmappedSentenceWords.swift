extension UnmappedSentence {
    /// The sentence's words, lower-cased, without punctuation or layout: formatting-only
    /// edits leave it unchanged.
    var words: [Substring] {
        Substring(text.lowercased()).split { !$0.isLetter && !$0.isNumber }
    }
}
