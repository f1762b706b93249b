/// A verb group that states a practice: the actions, how they are qualified, and who acts.
struct Predicate: Sendable, Hashable {
    enum Mood: Sendable, Hashable {
        /// "may", "can", "reserves the right to": a permission.
        case permissive
        /// "will", "shall", "must", "it is our policy to": a promise to act.
        case obligating
        /// A plain present-tense statement of practice ("we use", "is collected").
        case factual
        /// "would", "should": advice or hypothesis, not a promise.
        case hypothetical
    }

    enum Actor: Sendable, Hashable {
        case company, reader, thirdParty, data
    }

    /// Taxonomy action keys, in the order written ("sell, rent, swap, or otherwise disclose").
    var actions: [String]
    /// The tokens of the verbs themselves, first to last.
    var verbs: Range<Int>
    /// Where the verb group (auxiliaries, governors) starts.
    var groupStart: Int
    /// The subject, as written before the verb group.
    var subject: Range<Int>
    var mood: Mood
    var negated: Bool
    var passive: Bool
    var actor: Actor
    /// For "… which is logged by our servers": the antecedent holding the data.
    var antecedent: Range<Int>?
    /// "We may allow advertisers to collect …": the party the company lets act, to whom it discloses what the act
    /// takes (``PermittedParty``).
    var party: Range<Int>? = nil

    /// Whether it carries a modal or a negation: a normative statement for coverage.
    var isNormative: Bool { negated || mood == .permissive || mood == .obligating }
}
