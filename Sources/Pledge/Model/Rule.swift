/// One promise of a policy, typed: who may (or must not, or must) do what with which
/// data, to whom, for what, under which conditions and exceptions.
public struct Rule: Sendable, Hashable, Identifiable {
    /// Unique within the policy.
    public var id: String
    /// allow, deny or require.
    public var effect: Effect
    /// The operations the rule speaks about.
    public var scope: Scope
    /// Context facts that must all hold for the rule to apply.
    public var when: [String]
    /// Exceptions carved out of the rule.
    public var unless: [Exception]
    /// Duties that travel with an allow decision ("offer an opt-out in every marketing email").
    public var obligations: [String]
    /// The clause the rule was read from.
    public var source: Provenance
    /// The reviewer's sign-off; nil for an unreviewed draft.
    public var review: RuleReview?

    public init(
        id: String, effect: Effect, scope: Scope, when: [String] = [], unless: [Exception] = [],
        obligations: [String] = [], source: Provenance, review: RuleReview? = nil
    ) {
        self.id = id
        self.effect = effect
        self.scope = scope
        self.when = when
        self.unless = unless
        self.obligations = obligations
        self.source = source
        self.review = review
    }
}
