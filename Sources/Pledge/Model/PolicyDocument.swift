/// A policy's promises as a typed model: the content of one rule file (schema `pledge: 1`).
public struct PolicyDocument: Sendable, Hashable {
    /// The schema version this model is written in.
    public static let schemaVersion = 1

    /// What the rule file says about the policy text.
    public var policy: PolicyMetadata
    /// Terms the policy itself defines, e.g. `registration_data` → its data categories.
    /// Rules may name a term wherever they name a data category.
    public var terms: [String: [String]]
    /// Purposes the policy states in its own words (``StatedTerm``): rules name them
    /// wherever they name a purpose.
    public var purposes: [String: StatedTerm]
    /// Facts (conditions) the policy states in its own words: rules name them in `when`.
    public var facts: [String: StatedTerm]
    /// The promises, in the order the text makes them.
    public var rules: [Rule]
    /// Normative sentences the extractor could not map (coverage gaps).
    public var unmapped: [UnmappedSentence]

    public init(
        policy: PolicyMetadata, terms: [String: [String]] = [:], purposes: [String: StatedTerm] = [:],
        facts: [String: StatedTerm] = [:], rules: [Rule] = [], unmapped: [UnmappedSentence] = []
    ) {
        self.policy = policy
        self.terms = terms
        self.purposes = purposes
        self.facts = facts
        self.rules = rules
        self.unmapped = unmapped
    }
}

extension PolicyDocument {
    /// The vocabulary this policy's rules speak: `base` with the policy's stated purposes and
    /// facts added as nodes (under their `within` key, or as roots), sorted by name.
    public func taxonomy(extending base: Taxonomy) -> Taxonomy {
        Self.taxonomy(extending: base, purposes: purposes, facts: facts)
    }

    static func taxonomy(extending base: Taxonomy, purposes: [String: StatedTerm], facts: [String: StatedTerm]) -> Taxonomy {
        guard !purposes.isEmpty || !facts.isEmpty else { return base }
        func nodes(_ stated: [String: StatedTerm], label: (String) -> String) -> [TaxonomyNode] {
            stated.keys.sorted().map { name in
                let term = stated[name]!
                return TaxonomyNode(key: name, parent: term.within, label: label(term.says))
            }
        }
        // Reports say "for <purpose>" and "when <fact>": the policy's words, without the opener that would repeat it.
        func without(_ openers: [String], _ says: String, else quoted: Bool) -> String {
            for opener in openers where says.lowercased().hasPrefix(opener + " ") { return String(says.dropFirst(opener.count + 1)) }
            return quoted ? "the purpose “\(says)”" : "“\(says)”"
        }
        return base.extended(with: Taxonomy(trees: [
            .purpose: TaxonomyTree(dimension: .purpose, nodes: nodes(purposes) { without(["for"], $0, else: true) }),
            .context: TaxonomyTree(dimension: .context, nodes: nodes(facts) { without(["if", "when", "where", "whenever", "once"], $0, else: false) }),
        ]))
    }
}
