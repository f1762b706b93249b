/// A reviewer's sign-off on a rule, as the rule file records it. A rule without one is the
/// extractor's draft: nobody has yet read it against the policy text.
public struct RuleReview: Sendable, Hashable {
    /// What the reviewer did with the rule.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// The draft reads the sentence right.
        case accepted
        /// The reviewer rewrote the draft; the rule is the reviewer's reading.
        case corrected
        /// The extractor drew no such rule; the reviewer added it.
        case added
    }

    public var status: Status
    /// Who reviewed it.
    public var by: String
    /// When, as an ISO date (`2026-11-26`).
    public var date: String
    /// Why, in the reviewer's words.
    public var note: String?

    public init(status: Status, by: String, date: String, note: String? = nil) {
        self.status = status
        self.by = by
        self.date = date
        self.note = note
    }
}
