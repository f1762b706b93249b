/// Cuts a sentence into ``Token``s: words (keeping inner hyphens, apostrophes, dots, `&`
/// and `@`, so "e-mail", "non-personal", "ClickAndChat.com" stay whole) and punctuation
/// marks. Contractions are expanded ("won't" → "will not") so negation is seen in one place.
/// It walks Unicode scalars with an ASCII fast path: tokenizing is most of extraction's time.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var word = String.UnicodeScalarView()
        var previousWasLetter = false
        func flush() {
            guard !word.isEmpty else { return }
            // A word may not end in a joiner ("policy." "data-").
            var trailing: [Unicode.Scalar] = []
            while let last = word.last, isJoiner(last) { trailing.insert(last, at: 0); word.removeLast() }
            if !word.isEmpty { appendWord(String(word), to: &result) }
            for c in trailing where c != "'" { result.append(punctuation(c)) }
            word = String.UnicodeScalarView()
        }
        for c in text.unicodeScalars {
            if isWordScalar(c) {
                word.append(c)
                previousWasLetter = true
            } else if isJoiner(c), previousWasLetter {
                word.append(c == "’" ? "'" : c)
                previousWasLetter = false
            } else if isMark(c), previousWasLetter {
                word.append(c)   // a combining accent stays with its letter
            } else {
                flush()
                previousWasLetter = false
                if !isSpace(c) { result.append(punctuation(c)) }
            }
        }
        flush()
        return namingSignals(result)
    }

    /// "Do Not Track", "a do not track signal": the name of a browser signal is one word, not a negation and a
    /// practice verb ("We do not respond to Do Not Track settings" forbids no tracking). Lower case, it is a name only
    /// before the word for what it is ("do not track requests"); "we do not track you" stays a promise.
    private static func namingSignals(_ tokens: [Token]) -> [Token] {
        guard tokens.count >= 3, tokens.contains(where: { $0.lower == "do" }) else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            if i + 2 < tokens.count, tokens[i].lower == "do", tokens[i + 1].lower == "not", tokens[i + 2].lower == "track",
               (tokens[i + 1].isCapitalized && tokens[i + 2].isCapitalized && tokens[i + 2].text != "TRACK")
                || (i + 3 < tokens.count && signalNouns.contains(tokens[i + 3].lower)) {
                let text = tokens[i..<(i + 3)].map(\.text).joined(separator: " ")
                result.append(Token(text: text, lower: "do-not-track", stem: "do-not-track", isPunctuation: false,
                                    isCapitalized: tokens[i].isCapitalized))
                i += 3
                continue
            }
            result.append(tokens[i])
            i += 1
        }
        return result
    }

    private static let signalNouns: Set<String> = [
        "signal", "signals", "setting", "settings", "header", "headers", "request", "requests", "preference", "preferences",
        "feature", "features", "mechanism", "mechanisms", "option", "options", "browser", "standard", "standards", "protocol",
        "technology", "technologies", "instruction", "instructions", "(", "\"", "dnt",
    ]

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    private static func isMark(_ c: Unicode.Scalar) -> Bool {
        !c.isASCII && c.properties.generalCategory == .nonspacingMark
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c == " " || c == "\n" || c == "\t" || c == "\r") : c.properties.isWhitespace
    }

    private static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "'" || c == "’" || c == "." || c == "&" || c == "@"
    }

    private static func punctuation(_ c: Unicode.Scalar) -> Token {
        let s = String(Character(c))
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
        let capitalized = word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
        if lower.utf8.contains(39), let parts = contractions[lower] {
            for part in parts {
                result.append(Token(text: part, lower: part, stem: Inflection.stem(part), isPunctuation: false, isCapitalized: capitalized))
            }
            return
        }
        if lower == "cannot" {
            result.append(Token(text: "can", lower: "can", stem: "can", isPunctuation: false, isCapitalized: capitalized))
            result.append(Token(text: "not", lower: "not", stem: "not", isPunctuation: false, isCapitalized: false))
            return
        }
        // A possessive "'s" belongs to its noun for matching purposes ("visitor's" → "visitor").
        var base = lower
        if base.hasSuffix("'s") { base.removeLast(2) } else if base.hasSuffix("s'") { base.removeLast() }
        result.append(Token(text: word, lower: lower, stem: Inflection.stem(base), isPunctuation: false, isCapitalized: capitalized))
    }
}
