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

    /// A sentence longer than this (in characters, whitespace collapsed) is not read but
    /// listed for review: the analysis reads sentences of bounded length, and reading a
    /// longer one in parts could lose a limit ("… only with your consent") and widen a rule.
    static let maximumLength = 2_000
    /// How much of an unread sentence is kept to show where it is.
    static let excerptLength = 200

    /// One sentence: its text, the offset (in characters) where it starts, and its length
    /// when it is too long to read (then `text` is only its start).
    struct Piece {
        var text: String
        var offset: Int
        var unreadLength: Int?
    }

    /// The sentences of `text`, in order.
    static func split(_ text: String) -> [Piece] {
        let chars = Array(text)
        var result: [Piece] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            defer { start = end }
            guard chars[start..<end].contains(where: { $0.isLetter || $0.isNumber }) else { return }
            // Whitespace collapsed, stopping once the sentence is known to be too long.
            var collapsed = ""
            var length = 0
            var pendingSpace = false
            for c in chars[start..<end] {
                if c.isWhitespace { pendingSpace = length > 0; continue }
                if pendingSpace { length += 1; if length <= maximumLength { collapsed.append(" ") } }
                pendingSpace = false
                length += 1
                if length <= maximumLength { collapsed.append(c) }
            }
            let lead = chars[start..<end].prefix(while: { $0.isWhitespace }).count
            if length > maximumLength {
                result.append(Piece(text: String(collapsed.prefix(excerptLength)) + " …", offset: start + lead, unreadLength: length))
            } else {
                result.append(Piece(text: collapsed, offset: start + lead, unreadLength: nil))
            }
        }
        while i < chars.count {
            let c = chars[i]
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
