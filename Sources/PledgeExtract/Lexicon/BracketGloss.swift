/// "IP (internet protocol) addresses", "IP (Internet Protocol) address": a gloss in brackets set between the words of a
/// phrase. Where the word before the bracket and the phrase after it make a phrase of the same dimension, the match
/// spans the whole, gloss included, and names that phrase; read apart, the head after the bracket would name something
/// else ("addresses" alone is a postal address).
enum BracketGloss {
    /// The longest gloss read through, in words between the brackets.
    private static let longestGloss = 5

    static func extend(_ matches: [PhraseMatch], in tokens: [Token], trie: PhraseTrie) -> [PhraseMatch] {
        var result = matches
        for k in result.indices where !result[k].isDefinedTerm {
            let start = result[k].range.lowerBound
            guard start >= 3, tokens[start - 1].lower == ")",
                  let open = (max(0, start - 2 - longestGloss)..<(start - 1)).last(where: { tokens[$0].lower == "(" }), open >= 1,
                  !tokens[open - 1].isPunctuation else { continue }
            let joined = [tokens[open - 1]] + tokens[result[k].range]
            guard let whole = trie.longestMatch(in: joined, from: 0), whole.length == joined.count else { continue }
            result[k] = PhraseMatch(range: (open - 1)..<result[k].range.upperBound, keys: whole.keys)
        }
        // A word taken into the phrase after its gloss is no match of its own.
        return result.filter { m in !result.contains { $0.range.count > m.range.count && $0.range.contains(m.range.lowerBound) && $0.range != m.range } }
    }
}
