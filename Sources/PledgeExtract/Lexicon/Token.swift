/// One word or punctuation mark of a sentence, as the clause analysis sees it.
struct Token: Sendable, Hashable {
    /// The text as written (after contractions are expanded).
    var text: String
    /// Lower case, curly apostrophes straightened.
    var lower: String
    /// The inflection-free form used for phrase matching (``Inflection/stem(_:)``).
    var stem: String
    /// True for punctuation (`,`, `;`, `(`, `:`, …).
    var isPunctuation: Bool
    /// True when the word starts with a capital letter as written.
    var isCapitalized: Bool
}
