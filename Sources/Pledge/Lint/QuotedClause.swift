/// A clause of the policy, quoted with its place, as findings and diffs show it.
public struct QuotedClause: Sendable, Hashable {
    /// The rule the clause was read into; nil for a sentence no rule came from.
    public var ruleID: String?
    /// The policy text file and line of the clause.
    public var location: SourceLocation
    /// The heading of the section the clause stands in.
    public var section: String?
    /// The clause as written.
    public var text: String
    /// The review of the rule; nil when the rule is an unreviewed draft (or there is no rule).
    public var review: RuleReview?

    /// A quoted clause.
    public init(ruleID: String?, location: SourceLocation, section: String?, text: String, review: RuleReview? = nil) {
        self.ruleID = ruleID
        self.location = location
        self.section = section
        self.text = text
        self.review = review
    }
}
