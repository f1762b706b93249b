/// "first and last name", "home or work address", "IP and e-mail addresses", "marketing or promotional materials": a
/// modifier coordinated before a data (or purpose) phrase shares the phrase's head. Where the modifier with that head is itself a phrase of the same dimension, the
/// match takes in the modifier and names both; read alone, the modifier would be a word the reading does not follow.
enum SharedHead {
    static func extend(_ matches: [PhraseMatch], in tokens: [Token], trie: PhraseTrie) -> [PhraseMatch] {
        var result = matches
        for k in result.indices where result[k].range.count > 1 && !result[k].isDefinedTerm {
            let start = result[k].range.lowerBound, end = result[k].range.upperBound
            // The modifier may be a phrase of its own ("marketing or promotional materials"), which the shared head
            // makes more specific; a longer phrase ending there is not a modifier.
            guard start >= 2, ["and", "or", "/"].contains(tokens[start - 1].lower), !tokens[start - 2].isPunctuation,
                  !result.contains(where: { $0.range.contains(start - 2) && $0.range != (start - 2)..<(start - 1) }) else { continue }
            let elided = [tokens[start - 2]] + tokens[(start + 1)..<end]
            guard let modified = trie.longestMatch(in: elided, from: 0), modified.length == elided.count else { continue }
            let keys = modified.keys + result[k].keys.filter { !modified.keys.contains($0) }
            result[k] = PhraseMatch(range: (start - 2)..<end, keys: keys)
        }
        // A modifier taken into the phrase after it is no match of its own.
        return result.filter { m in !result.contains { $0.range.count > 1 && $0.range.lowerBound == m.range.lowerBound && $0.range != m.range } }
    }
}
