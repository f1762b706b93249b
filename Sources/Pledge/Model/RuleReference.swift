/// A rule that took part in a decision, with the clause it quotes.
public struct RuleReference: Sendable, Hashable {
    /// The rule's id in the rule file.
    public var ruleID: String
    /// The rule's effect.
    public var effect: Effect
    /// The clause the rule was read from: section, line and quoted text.
    public var source: Provenance
    /// Set when the rule is a deny that an exception lifted: the exception's clause.
    public var exception: Provenance?
    /// The rule's review; nil when the rule is an unreviewed draft.
    public var review: RuleReview?

    public init(ruleID: String, effect: Effect, source: Provenance, exception: Provenance? = nil, review: RuleReview? = nil) {
        self.ruleID = ruleID
        self.effect = effect
        self.source = source
        self.exception = exception
        self.review = review
    }
}
