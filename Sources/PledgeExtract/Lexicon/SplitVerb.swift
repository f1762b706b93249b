/// "make your e-mail address available to our partners", "made it publicly available": a verb phrase of the vocabulary
/// ("make available") whose object, data, stands inside it. The verb is matched with the phrase's keys; the words
/// between are its object, read as any other. Around what is no data ("to make certain services available to you") the
/// words are no disclosure.
enum SplitVerb {
    /// The verbs that open a split phrase, and the word that closes it.
    static let openers: Set<String> = ["make", "makes", "made", "making"]
    static let closer = "available"
    /// How many words the object may take.
    static let longestObject = 8
    /// Words that point back to data named before ("make it available").
    static let pointers: Set<String> = ["it", "them", "this", "these", "that", "those", "such"]

    static func extend(_ matches: [PhraseMatch], in tokens: [Token], trie: PhraseTrie, data: PhraseTrie, terms: PhraseTrie) -> [PhraseMatch] {
        var result = matches
        for i in tokens.indices where openers.contains(tokens[i].lower) && !matches.contains(where: { $0.range.contains(i) }) {
            let end = min(tokens.count, i + 2 + longestObject)
            guard i + 2 < end, let k = (i + 2..<end).first(where: { tokens[$0].lower == closer }),
                  !tokens[(i + 1)..<k].contains(where: { $0.isPunctuation }),
                  (i + 1..<k).contains(where: { j in
                      pointers.contains(tokens[j].lower) || data.longestMatch(in: tokens, from: j) != nil || terms.longestMatch(in: tokens, from: j) != nil
                  }) else { continue }
            // "made publicly available": the adverb before the closer is part of the phrase.
            let phrase = tokens[k - 1].lower == "publicly" && k - 1 > i + 1 ? [tokens[i], tokens[k - 1], tokens[k]] : [tokens[i], tokens[k]]
            guard let m = trie.longestMatch(in: phrase, from: 0), m.length == phrase.count else { continue }
            result.append(PhraseMatch(range: i..<(i + 1), keys: m.keys))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
