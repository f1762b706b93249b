/// A purpose or a fact a policy states in words the taxonomy has no key for ("to measure
/// site traffic", "when you enter a contest"), kept as the policy's own term.
///
/// A rule file lists them under `purposes:` and `facts:`; each becomes a node of its
/// dimension for that policy alone, under `within` when the text names its kind (a root
/// otherwise). A permission limited to such a purpose covers only operations that claim it:
/// the rule keeps the limit the text states instead of dropping it, so it is never wider
/// than the text.
public struct StatedTerm: Sendable, Hashable {
    /// The words of the policy the term stands for, as the reader sees them.
    public var says: String
    /// The taxonomy key of the term's kind (`analytics`), or nil when the text names none.
    public var within: String?

    public init(says: String, within: String? = nil) {
        self.says = says
        self.within = within
    }
}
