/// A taxonomy phrase found in a sentence: which tokens and which nodes.
struct PhraseMatch: Sendable, Hashable {
    /// Token range in the sentence.
    var range: Range<Int>
    /// The taxonomy keys (or defined terms) the phrase names.
    var keys: [String]
    /// True when the phrase names a term the policy itself defined.
    var isDefinedTerm: Bool = false
}
