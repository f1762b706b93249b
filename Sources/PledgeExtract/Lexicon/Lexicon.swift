import Pledge

/// The phrase matcher built from a taxonomy's phrases, one trie per dimension, plus the
/// policy's own defined terms. A reviewer fixes a mapping by editing `taxonomy.yaml`.
struct Lexicon: Sendable {
    private var tries: [Dimension: PhraseTrie] = [:]
    private var terms = PhraseTrie()

    /// The standard vocabulary's lexicon, built once: building one is most of the cost of extracting a short text.
    static let standard = Lexicon(building: .standard)

    /// The lexicon of `taxonomy` (the standard one shared, any other built anew).
    init(taxonomy: Taxonomy) {
        self = taxonomy == .standard ? Self.standard : Lexicon(building: taxonomy)
    }

    private init(building taxonomy: Taxonomy) {
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
            } else if let w = word, !(dimension == .data && w.length == 1 && Self.isVerbForm(tokens[i].lower)) {
                // "if you sign up to receive our newsletter": a longer phrase of another key that starts inside this
                // one and ends after it is what the words say ("sign up to receive", not "you sign up").
                if let later = (i + 1..<(i + w.length)).first(where: { j in
                    trie.longestMatch(in: tokens, from: j).map { $0.length > w.length && j + $0.length > i + w.length && $0.keys != w.keys } ?? false
                }) {
                    i = later
                    continue
                }
                result.append(PhraseMatch(range: i..<(i + w.length), keys: w.keys))
                i += w.length
            } else {
                i += 1
            }
        }
        if dimension == .action, let data = tries[.data] { return SplitVerb.extend(result, in: tokens, trie: trie, data: data, terms: terms) }
        guard [.data, .purpose, .context].contains(dimension) else { return result }
        return BracketGloss.extend(SharedHead.extend(result, in: tokens, trie: trie), in: tokens, trie: trie)
    }

    /// "that stated at the time", "a person named", "the letter addressed to you": a participle whose stem is a data word
    /// ("state", "name", "address") is a verb, no data; every data phrase of one word is a noun. (An -ing form may be a
    /// noun: "purchasing", "tracking".)
    private static func isVerbForm(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ed")
    }
}
