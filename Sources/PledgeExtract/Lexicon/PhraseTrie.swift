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

    /// Adds a phrase (free text, tokenized and stemmed like a sentence) naming `key`.
    mutating func insert(_ phrase: String, key: String) {
        let stems = Tokenizer.tokens(phrase).map(\.stem)
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

    /// The longest phrase starting at `start`: its length in tokens and the keys it names.
    func longestMatch(in tokens: [Token], from start: Int) -> (length: Int, keys: [String])? {
        var current = 0
        var best: (Int, [String])? = nil
        var i = start
        while i < tokens.count, let next = nodes[current].children[tokens[i].stem] {
            current = next
            i += 1
            if !nodes[current].keys.isEmpty { best = (i - start, nodes[current].keys) }
        }
        return best
    }
}
