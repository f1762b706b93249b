/// "first and last name", "home or work address", "IP and e-mail addresses", "marketing or promotional materials": a
/// modifier coordinated before a data, purpose or condition phrase shares the phrase's head. Where the modifier with that head is itself a phrase of the same dimension, the
/// match takes in the modifier and names both; read alone, the modifier would be a word the reading does not follow.
/// So does a head coordinated after a phrase ("sale of our business or assets").
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
        // "a portion of our business or assets": a head coordinated after a phrase shares the phrase's words before its
        // own head, where those words with it are a phrase of the same dimension too.
        for k in result.indices where result[k].range.count > 1 && !result[k].isDefinedTerm {
            let end = result[k].range.upperBound
            guard end + 1 < tokens.count, ["and", "or"].contains(tokens[end].lower), !tokens[end + 1].isPunctuation,
                  !result.contains(where: { $0.range.contains(end + 1) }) else { continue }
            let elided = tokens[result[k].range.dropLast()] + [tokens[end + 1]]
            guard let shared = trie.longestMatch(in: Array(elided), from: 0), shared.length == elided.count else { continue }
            result[k] = PhraseMatch(range: result[k].range.lowerBound..<(end + 2), keys: result[k].keys + shared.keys.filter { !result[k].keys.contains($0) })
        }
        // A modifier taken into the phrase after it is no match of its own.
        return result.filter { m in !result.contains { $0.range.count > 1 && $0.range.lowerBound == m.range.lowerBound && $0.range != m.range } }
    }
}
