/// A normative sentence (a modal and a data-practice verb) that the extractor could not
/// map to any rule: a coverage gap a reviewer must look at.
public struct UnmappedSentence: Sendable, Hashable {
    /// The heading of the section it stands in.
    public var section: String?
    /// Its line in the policy text.
    public var line: Int
    /// The sentence as written.
    public var text: String
    /// Why it was not mapped ("no data object", "no modal").
    public var reason: String
    /// A reviewer's sign-off: `accepted` (the sentence needs no rule) or `added` (a rule was
    /// added for it); nil while nobody has looked.
    public var review: RuleReview?

    public init(section: String? = nil, line: Int, text: String, reason: String, review: RuleReview? = nil) {
        self.section = section
        self.line = line
        self.text = text
        self.reason = reason
        self.review = review
    }
}
