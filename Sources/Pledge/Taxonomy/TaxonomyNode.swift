/// One term of the vocabulary: a key, its parent, and the phrases a policy uses for it.
public struct TaxonomyNode: Sendable, Hashable {
    /// The dotted key rules and operations name (`user.contact.email`).
    public var key: String
    /// nil for a root.
    public var parent: String?
    /// Lower-case phrases that name this node in policy text.
    public var phrases: [String]
    /// Actions only: a duty to do this action is broken by doing any of these.
    public var brokenBy: [String]
    /// Actions only: a permission covers this act only where it names it (or a node under
    /// it), never through a broader act it names; a prohibition of a broader act still
    /// covers it. A permission to share is no permission to sell; a ban on sharing bans
    /// selling.
    public var permittedByName: Bool
    /// The node in plain words, as reports say it to a reader ("your e-mail address",
    /// "advertisers", "you opt out"); nil when the file gives none.
    public var label: String?

    public init(key: String, parent: String? = nil, phrases: [String] = [], brokenBy: [String] = [],
                permittedByName: Bool = false, label: String? = nil) {
        self.key = key
        self.parent = parent
        self.phrases = phrases
        self.brokenBy = brokenBy
        self.permittedByName = permittedByName
        self.label = label
    }
}
