/// Cuts a sentence into ``Token``s: words (keeping inner hyphens, apostrophes and dots,
/// so "e-mail", "non-personal", "ClickAndChat.com" stay whole) and punctuation marks.
/// Contractions are expanded ("won't" → "will not") so negation is seen in one place.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            // A word may not end in a joiner ("policy." "data-").
            var trailing: [Character] = []
            while let last = word.last, isJoiner(last) { trailing.insert(last, at: 0); word.removeLast() }
            if !word.isEmpty { appendWord(word, to: &result) }
            for c in trailing where c != "'" { result.append(punctuation(c)) }
            word = ""
        }
        var previousWasLetter = false
        for c in text {
            if c.isLetter || c.isNumber {
                word.append(c)
                previousWasLetter = true
            } else if isJoiner(c), previousWasLetter {
                word.append(c == "’" ? "'" : c)
                previousWasLetter = false
            } else {
                flush()
                previousWasLetter = false
                if !c.isWhitespace { result.append(punctuation(c)) }
            }
        }
        flush()
        return result
    }

    private static func isJoiner(_ c: Character) -> Bool { c == "-" || c == "'" || c == "’" || c == "." || c == "&" || c == "@" }

    private static func punctuation(_ c: Character) -> Token {
        let s = String(c)
        return Token(text: s, lower: s, stem: s, isPunctuation: true, isCapitalized: false)
    }

    private static let contractions: [String: [String]] = [
        "won't": ["will", "not"], "can't": ["can", "not"], "cannot": ["can", "not"],
        "don't": ["do", "not"], "doesn't": ["does", "not"], "didn't": ["did", "not"],
        "isn't": ["is", "not"], "aren't": ["are", "not"], "wasn't": ["was", "not"],
        "weren't": ["were", "not"], "shan't": ["shall", "not"], "shouldn't": ["should", "not"],
        "wouldn't": ["would", "not"], "mustn't": ["must", "not"], "haven't": ["have", "not"],
        "hasn't": ["has", "not"], "we'll": ["we", "will"], "we're": ["we", "are"],
        "we've": ["we", "have"], "it's": ["it", "is"], "you'll": ["you", "will"],
    ]

    private static func appendWord(_ word: String, to result: inout [Token]) {
        let lower = word.lowercased()
        let capitalized = word.first?.isUppercase ?? false
        if let parts = contractions[lower] {
            for part in parts {
                result.append(Token(text: part, lower: part, stem: Inflection.stem(part), isPunctuation: false, isCapitalized: capitalized))
            }
            return
        }
        // A possessive "'s" belongs to its noun for matching purposes ("visitor's" → "visitor").
        var base = lower
        if base.hasSuffix("'s") { base.removeLast(2) } else if base.hasSuffix("s'") { base.removeLast() }
        result.append(Token(text: word, lower: lower, stem: Inflection.stem(base), isPunctuation: false, isCapitalized: capitalized))
    }
}
