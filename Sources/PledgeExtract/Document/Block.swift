/// One structural unit of a policy: a heading, a paragraph or a list item, with its
/// text (inline markup removed) and where it starts.
struct Block: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `#`…`######`, a bold line standing alone, or a short numbered title ("1. What we collect").
        case heading(level: Int)
        case paragraph
        /// A numbered, lettered or bulleted item; `marker` as written ("1.", "b.", "ii.", "2.b.", "-").
        case listItem(marker: String)
    }

    var kind: Kind
    /// The text; lines of a hard-wrapped block are joined by "\n" so a sentence can find its own line.
    var text: String
    /// 1-based line of the block's first character in the source.
    var line: Int

    var isListItem: Bool { if case .listItem = kind { return true } else { return false } }
}
