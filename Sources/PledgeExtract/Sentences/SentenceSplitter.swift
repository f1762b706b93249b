/// Cuts a block's text into sentences. A full stop ends a sentence only when it is
/// followed by space and a capital, digit, quote or bracket, and does not close an
/// abbreviation ("Inc.", "e.g.", "U.S.", "No."), an initial, or a number; addresses
/// ("www.example.com", "a@b.com") hold no space and so are never cut.
enum SentenceSplitter {
    /// Abbreviations after which a full stop does not end a sentence.
    private static let abbreviations: Set<String> = [
        "inc", "ltd", "co", "corp", "llc", "plc", "gmbh", "e.g", "i.e", "u.s", "u.k", "e.u", "no", "nos",
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "approx", "fig", "dept", "ave", "cf", "al", "viz",
    ]

    /// A run-on longer than this is cut at a space, so one 10 MB line costs linear time downstream.
    static let maximumLength = 2_000

    /// The sentences of `text`, each with the offset (in characters) where it starts.
    static func split(_ text: String) -> [(text: String, offset: Int)] {
        let chars = Array(text)
        var result: [(String, Int)] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            let piece = String(chars[start..<end])
            let collapsed = piece.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if collapsed.contains(where: { $0.isLetter || $0.isNumber }) {
                let lead = chars[start..<end].prefix(while: { $0.isWhitespace }).count
                result.append((collapsed, start + lead))
            }
            start = end
        }
        while i < chars.count {
            let c = chars[i]
            if i - start >= maximumLength, c.isWhitespace {
                emit(i)
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                // Closing quotes and brackets belong to the sentence they end.
                while j < chars.count, "\"'”’)]*".contains(chars[j]) { j += 1 }
                if j < chars.count, chars[j].isWhitespace {
                    var k = j
                    while k < chars.count, chars[k].isWhitespace { k += 1 }
                    if k == chars.count || (startsSentence(chars[k]) && !closesAbbreviation(chars, i, next: chars[k])) {
                        emit(j)
                    }
                } else if c == ".", i > 0, chars[i - 1] == " ", j < chars.count, chars[j].isUppercase {
                    // A stray space before the stop (" .All such …") still ends the sentence.
                    emit(i + 1)
                }
                i = j
                continue
            }
            i += 1
        }
        emit(chars.count)
        return result
    }

    private static func startsSentence(_ c: Character) -> Bool {
        c.isUppercase || c.isNumber || "\"“'‘([".contains(c)
    }

    /// Whether the stop at `i` ends an abbreviation or an initial rather than a sentence.
    private static func closesAbbreviation(_ chars: [Character], _ i: Int, next: Character) -> Bool {
        var k = i - 1
        var word = ""
        while k >= 0, i - k <= 12, chars[k].isLetter || chars[k] == "." { word.insert(chars[k], at: word.startIndex); k -= 1 }
        let lower = word.lowercased()
        if lower.isEmpty { return false }
        if abbreviations.contains(lower) { return true }
        // "etc." ends a sentence only before a capital; "J. Smith" is an initial.
        if lower == "etc" { return !next.isUppercase }
        return word.count == 1 && word.first?.isUppercase == true
    }
}
