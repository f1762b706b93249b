/// "make your e-mail address available to our partners", "made it publicly available": a verb phrase of the vocabulary
/// ("make available") whose object, data, stands inside it. The verb is matched with the phrase's keys; the words
/// between are its object, read as any other. Around what is no data ("to make certain services available to you") the
/// words are no disclosure.
///
/// "ask children under 13 for any information", "may ask visitors for their zip code": a phrase ("ask for") around the
/// people asked, with the data after it, is the practice too; around anything else ("ask you to log in for security")
/// it is none.
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
        for i in tokens.indices where askers.contains(tokens[i].lower) && !result.contains(where: { $0.range.contains(i) }) {
            guard let k = (i + 2..<min(tokens.count, i + 2 + longestObject)).first(where: { tokens[$0].lower == "for" }),
                  tokens[(i + 1)..<k].allSatisfy({ asked($0.lower) }),
                  (k + 1..<min(tokens.count, k + 4)).contains(where: { data.longestMatch(in: tokens, from: $0) != nil }),
                  let m = trie.longestMatch(in: [tokens[i], tokens[k]], from: 0), m.length == 2 else { continue }
            result.append(PhraseMatch(range: i..<(i + 1), keys: m.keys))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let askers: Set<String> = ["ask", "asks", "asking", "asked"]
    /// A word of the people asked: "visitors", "our users", "children under the age of 13".
    private static func asked(_ word: String) -> Bool {
        Grammar.people.contains(word) || Grammar.determiners.contains(word) || Int(word) != nil
            || ["our", "them", "him", "her", "under", "over", "age", "of", "years", "old"].contains(word)
    }
}
