/// A trie over token stems: finds, at a position of a sentence, the longest taxonomy
/// phrase that starts there. Building it is linear in the phrases; a lookup walks at most
/// the length of the longest phrase.
struct PhraseTrie: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        /// The keys this phrase names (a phrase may name more than one node of a dimension).
        var keys: [String] = []
    }

    private var nodes: [Node] = [Node()]
    /// Whether any phrase must match a word as written (most tries have none, and skip the second look-up).
    private var hasWrittenForms = false

    /// Adds a phrase (free text, tokenized and stemmed like a sentence) naming `key`. A phrase written "=contacts"
    /// matches that word only as written: its stem ("contact") names something else ("a contact form").
    mutating func insert(_ phrase: String, key: String) {
        if phrase.hasPrefix("=") { hasWrittenForms = true }
        let stems = phrase.hasPrefix("=") ? Tokenizer.tokens(String(phrase.dropFirst())).map { Self.asWritten($0.lower) }
            : Tokenizer.tokens(phrase).map(\.stem)
        guard !stems.isEmpty else { return }
        var current = 0
        for stem in stems {
            if let next = nodes[current].children[stem] {
                current = next
            } else {
                nodes.append(Node())
                nodes[current].children[stem] = nodes.count - 1
                current = nodes.count - 1
            }
        }
        if !nodes[current].keys.contains(key) { nodes[current].keys.append(key) }
    }

    /// The longest phrase starting at `start`: its length in tokens and the keys it names. A word goes down both its
    /// stem's branch and its written form's, where the trie has both.
    func longestMatch(in tokens: [Token], from start: Int) -> (length: Int, keys: [String])? {
        longest(from: 0, tokens, at: start, length: 0)
    }

    private func longest(from node: Int, _ tokens: [Token], at i: Int, length: Int) -> (length: Int, keys: [String])? {
        var best: (length: Int, keys: [String])? = length > 0 && !nodes[node].keys.isEmpty ? (length, nodes[node].keys) : nil
        guard i < tokens.count else { return best }
        if let next = nodes[node].children[tokens[i].stem], let found = longest(from: next, tokens, at: i + 1, length: length + 1),
           found.length > (best?.length ?? 0) { best = found }
        if hasWrittenForms, let next = nodes[node].children[Self.asWritten(tokens[i].lower)],
           let found = longest(from: next, tokens, at: i + 1, length: length + 1), found.length > (best?.length ?? 0) { best = found }
        return best
    }

    /// The trie's key for a word that must match as written; "=" never begins a stem.
    private static func asWritten(_ lower: String) -> String { "=" + lower }
}
