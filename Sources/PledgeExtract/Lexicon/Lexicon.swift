import Pledge

/// The phrase matcher built from a taxonomy's phrases, one trie per dimension, plus the
/// policy's own defined terms. A reviewer fixes a mapping by editing `taxonomy.yaml`.
struct Lexicon: Sendable {
    private var tries: [Dimension: PhraseTrie] = [:]
    private var terms = PhraseTrie()

    init(taxonomy: Taxonomy) {
        for dimension in Dimension.allCases {
            var trie = PhraseTrie()
            for node in taxonomy[dimension].nodes {
                for phrase in node.phrases { trie.insert(phrase, key: node.key) }
            }
            tries[dimension] = trie
        }
    }

    /// Adds a term the policy defines ("Registration Data" → `registration_data`).
    mutating func define(term phrase: String, key: String) {
        terms.insert(phrase, key: key)
    }

    /// The longest non-overlapping matches of one dimension, left to right.
    func matches(_ dimension: Dimension, in tokens: [Token]) -> [PhraseMatch] {
        guard let trie = tries[dimension] else { return [] }
        var result: [PhraseMatch] = []
        var i = 0
        while i < tokens.count {
            let term = dimension == .data ? terms.longestMatch(in: tokens, from: i) : nil
            let word = trie.longestMatch(in: tokens, from: i)
            // A defined term wins a tie: the policy's own vocabulary is the more specific.
            if let t = term, t.length >= (word?.length ?? 0) {
                result.append(PhraseMatch(range: i..<(i + t.length), keys: t.keys, isDefinedTerm: true))
                i += t.length
            } else if let w = word {
                result.append(PhraseMatch(range: i..<(i + w.length), keys: w.keys))
                i += w.length
            } else {
                i += 1
            }
        }
        return result
    }
}
