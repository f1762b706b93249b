import Pledge

/// A taxonomy phrase found in a sentence: which tokens, which dimension, which nodes.
struct PhraseMatch: Sendable, Hashable {
    var dimension: Dimension
    /// Token range in the sentence.
    var range: Range<Int>
    /// The taxonomy keys (or defined terms) the phrase names.
    var keys: [String]
    /// True when the phrase names a term the policy itself defined.
    var isDefinedTerm: Bool = false
}
