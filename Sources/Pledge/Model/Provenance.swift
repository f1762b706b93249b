/// Where a rule came from: the clause of the policy text it was read from.
public struct Provenance: Sendable, Hashable {
    /// The heading of the section the clause stands in, when it has one.
    public var section: String?
    /// The 1-based line of the policy text where the clause starts.
    public var line: Int
    /// The clause, quoted.
    public var text: String

    public init(section: String? = nil, line: Int, text: String) {
        self.section = section
        self.line = line
        self.text = text
    }
}
