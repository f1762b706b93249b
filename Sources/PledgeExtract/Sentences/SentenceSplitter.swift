/// Cuts a block's text into sentences. A full stop ends a sentence only when it is
/// followed by space and a capital, digit, quote or bracket, and does not close an
/// abbreviation ("Inc.", "e.g.", "U.S.", "No."), an initial, or a number; addresses
/// ("www.example.com", "a@b.com") hold no space and so are never cut.
///
/// The cut walks the text's own characters by index: it holds no copy of the text, so a
/// block of any length costs only the sentences it yields.
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

    /// One sentence: its text, the index in the block's text where it starts, and its
    /// length when it is too long to read (then `text` is only its start).
    struct Piece {
        var text: String
        var start: String.Index
        var unreadLength: Int?
    }

    /// The sentences of `text`, in order.
    static func split(_ text: String) -> [Piece] {
        var result: [Piece] = []
        var start = text.startIndex
        func emit(_ end: String.Index) {
            defer { start = end }
            let sentence = text[start..<end]
            guard sentence.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            // Whitespace collapsed, stopping once the sentence is known to be too long.
            var collapsed = ""
            var length = 0
            var pendingSpace = false
            for c in sentence {
                if c.isWhitespace { pendingSpace = length > 0; continue }
                if pendingSpace { length += 1; if length <= maximumLength { collapsed.append(" ") } }
                pendingSpace = false
                length += 1
                if length <= maximumLength { collapsed.append(c) }
            }
            let lead = sentence.firstIndex { !$0.isWhitespace } ?? end
            if length > maximumLength {
                result.append(Piece(text: String(collapsed.prefix(excerptLength)) + " …", start: lead, unreadLength: length))
            } else {
                result.append(Piece(text: collapsed, start: lead, unreadLength: nil))
            }
        }
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            guard c == "." || c == "!" || c == "?" else {
                text.formIndex(after: &i)
                continue
            }
            var j = text.index(after: i)
            // Closing quotes and brackets belong to the sentence they end.
            while j < text.endIndex, "\"'”’)]*".contains(text[j]) { text.formIndex(after: &j) }
            if j < text.endIndex, text[j].isWhitespace {
                var k = j
                while k < text.endIndex, text[k].isWhitespace { text.formIndex(after: &k) }
                if k == text.endIndex || ((startsSentence(text[k]) || startsWithWebAddress(text, k)) && !closesAbbreviation(text, i, next: text[k])) {
                    emit(j)
                }
            } else if c == ".", i > text.startIndex, text[text.index(before: i)] == " ", j < text.endIndex, text[j].isUppercase {
                // A stray space before the stop (" .All such …") still ends the sentence.
                emit(text.index(after: i))
            }
            i = j
        }
        emit(text.endIndex)
        return result
    }

    private static func startsSentence(_ c: Character) -> Bool {
        c.isUppercase || c.isNumber || "\"“'‘([".contains(c)
    }

    /// "… to them. keybr.com will not rent …": a company that writes its name as its web address, in lower case, opens
    /// a sentence with it.
    private static func startsWithWebAddress(_ text: String, _ k: String.Index) -> Bool {
        let word = text[k...].prefix { !$0.isWhitespace }.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last, last.count >= 2, last.allSatisfy({ $0.isLetter && $0.isASCII }) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }
    }

    /// Whether the stop at `i` ends an abbreviation or an initial rather than a sentence:
    /// the letters and dots of at most 12 characters before it.
    private static func closesAbbreviation(_ text: String, _ i: String.Index, next: Character) -> Bool {
        var k = i
        var word = ""
        for _ in 0..<12 {
            guard k > text.startIndex else { break }
            let previous = text.index(before: k)
            guard text[previous].isLetter || text[previous] == "." else { break }
            word.insert(text[previous], at: word.startIndex)
            k = previous
        }
        let lower = word.lowercased()
        if lower.isEmpty { return false }
        if abbreviations.contains(lower) { return true }
        // "etc." ends a sentence only before a capital; "J. Smith" is an initial.
        if lower == "etc" { return !next.isUppercase }
        return word.count == 1 && word.first?.isUppercase == true
    }
}
