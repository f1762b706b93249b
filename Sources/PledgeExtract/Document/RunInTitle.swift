/// "… (“Site”). ⏎ Visiting the Site ⏎ Hub collects information …": in text set line by line with no blank lines
/// between its parts (as a PDF's text comes out), a section's title stands on a line of its own inside what reads as
/// one paragraph. Joined to the sentence after it, it would become that sentence's subject ("Visiting the Site Hub
/// collects …"). A line is such a title when it is short, written in title case, ends with no punctuation, follows a
/// finished sentence (or opens the paragraph), and the next line opens a sentence. A line with a negation ("WE DO NOT
/// SELL YOUR DATA") may be a sentence set in capitals, and is left in the text.
enum RunInTitle {
    static func isTitle(_ line: String, after previous: String?, before next: Substring?) -> Bool {
        let words = line.split(separator: " ")
        guard (1...7).contains(words.count), line.count <= 60, line.first?.isUppercase == true,
              let last = line.last, last.isLetter || last.isNumber,
              let following = next?.drop(while: \.isWhitespace).first, following.isUppercase else { return false }
        if let previous, !previous.hasSentenceEnd { return false }
        let lowered = words.map { $0.lowercased() }
        if lowered.contains(where: ["not", "never", "no"].contains) || ["and", "or", "of", "the", "a", "an", "to", "for", "with", "in", "on", "by"].contains(lowered.last!) {
            return false
        }
        // Every word of four letters or more begins with a capital: "Storage and Security of Personal Information".
        return words.allSatisfy { $0.count < 4 || $0.first?.isUppercase == true }
    }
}

private extension String {
    /// Ends with a full stop, a question or exclamation mark or a colon, before any closing quotes or brackets.
    var hasSentenceEnd: Bool {
        guard let last = reversed().first(where: { !"\"'”’)]".contains($0) }) else { return false }
        return ".!?:".contains(last)
    }
}
