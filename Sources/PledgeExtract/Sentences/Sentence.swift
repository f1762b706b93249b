import Pledge

/// One sentence of a policy, with where it stands.
struct Sentence: Sendable, Hashable {
    /// The words, whitespace collapsed, markup removed.
    var text: String
    /// 1-based line of its first character.
    var line: Int
    /// The heading it stands under.
    var section: String?
    /// The index of its block in the outline: sentences of one block may refer to each other.
    var block: Int
    /// True when the sentence stands in a list item.
    var isListItem: Bool = false
    /// Set when the sentence is longer than ``SentenceSplitter/maximumLength``: it is not
    /// read at all (a part read alone could drop a limit and widen a rule), `text` is then
    /// its start, and this its length in characters.
    var unreadLength: Int? = nil
}

extension Sentence {
    /// Where a rule or an exception read from this sentence cites it.
    var provenance: Provenance { Provenance(section: section, line: line, text: text) }
}
