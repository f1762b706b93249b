/// What a rule file says about the policy it was extracted from.
public struct PolicyMetadata: Sendable, Hashable {
    /// A short stable name, e.g. `clickandchat`.
    public var id: String
    /// The policy's title, as the text states it.
    public var title: String?
    /// The "Last Updated" date the text states, as written in ISO form (`2011-08-19`), or a month (`2018-03`).
    public var effective: String?
    /// The archive date of the text, from its file name or first line.
    public var archived: String?
    /// The policy text's path, relative to the repository.
    public var source: String?
    /// SHA-256 of the policy text, hex: rules whose hash differs from the text are stale.
    public var sourceSHA256: String?

    public init(
        id: String, title: String? = nil, effective: String? = nil, archived: String? = nil,
        source: String? = nil, sourceSHA256: String? = nil
    ) {
        self.id = id
        self.title = title
        self.effective = effective
        self.archived = archived
        self.source = source
        self.sourceSHA256 = sourceSHA256
    }

    /// The policy text file that findings and diagnostics point into: ``source``, else the id.
    package var textFile: String { source ?? id }
}
