/// How policy text is made safe for one output syntax: each scalar the table names is
/// replaced, every other one copied. It works by scalar rather than by `Character`, so
/// that `"\r\n"` (one Character) is escaped as its two parts.
struct TextEscaping: Sendable {
    let replacements: [Unicode.Scalar: String]

    func callAsFunction(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacements[$0] != nil }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replacement = replacements[scalar] { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// HTML element content and attribute values alike.
    static let html = TextEscaping(replacements: ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"])

    /// Markdown text inside a table cell: inline syntax neutralised, line breaks (which
    /// would end the row) turned into spaces.
    static let markdownCell = TextEscaping(replacements: [
        "|": "\\|", "*": "\\*", "_": "\\_", "`": "\\`", "[": "\\[", "]": "\\]", "<": "\\<", ">": "\\>", "#": "\\#",
        "\\": "\\\\", "\n": " ", "\r": " ",
    ])

    /// The inside of a Markdown code span in a table: no backtick can close it, `|` is
    /// still escaped (GitHub tables split on it even there), line breaks become spaces.
    static let markdownCode = TextEscaping(replacements: ["`": "'", "|": "\\|", "\n": " ", "\r": " "])

    /// The message of a GitHub Actions workflow command.
    static let workflowMessage = TextEscaping(replacements: ["%": "%25", "\r": "%0D", "\n": "%0A"])

    /// A property value of a workflow command, which also may not hold `:` or `,`.
    static let workflowProperty = TextEscaping(replacements: ["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
}
