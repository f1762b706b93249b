/// A rule that took part in a decision, with the clause it quotes.
public struct RuleReference: Sendable, Hashable {
    /// The rule's id in the rule file.
    public var ruleID: String
    /// The rule's effect.
    public var effect: Effect
    /// The clause the rule was read from: section, line and quoted text.
    public var source: Provenance
    /// The clause of the rule's exception that took part: for a deny that an exception
    /// lifted, the exception's; for an allow that decides a deny, the exception that makes
    /// it a promise ("unless you opt out": once you have, the clause forbids). The rule's
    /// own clause when the exception has none of its own.
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
