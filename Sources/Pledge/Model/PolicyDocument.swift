/// A policy's promises as a typed model: the content of one rule file (schema `pledge: 1`).
public struct PolicyDocument: Sendable, Hashable {
    /// The schema version this model is written in.
    public static let schemaVersion = 1

    /// What the rule file says about the policy text.
    public var policy: PolicyMetadata
    /// Terms the policy itself defines, e.g. `registration_data` → its data categories.
    /// Rules may name a term wherever they name a data category.
    public var terms: [String: [String]]
    /// The promises, in the order the text makes them.
    public var rules: [Rule]
    /// Normative sentences the extractor could not map (coverage gaps).
    public var unmapped: [UnmappedSentence]

    public init(
        policy: PolicyMetadata, terms: [String: [String]] = [:], rules: [Rule] = [],
        unmapped: [UnmappedSentence] = []
    ) {
        self.policy = policy
        self.terms = terms
        self.rules = rules
        self.unmapped = unmapped
    }
}
