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

    /// Text for a terminal: control characters, which could recolour, clear or overwrite
    /// what was printed before (an ESC sequence, a carriage return), are shown as `\u{1B}`;
    /// line feeds and tabs are kept. For a whole text report.
    static let terminal = TextEscaping(replacements: controlCharacters(keeping: ["\n", "\t"]))

    /// One field of a line of a text report: a line feed is shown too, so that an id from an
    /// operation file cannot start a line of its own (a forged `allow`).
    static let terminalField = TextEscaping(replacements: controlCharacters(keeping: ["\t"]))

    private static func controlCharacters(keeping kept: Set<Unicode.Scalar>) -> [Unicode.Scalar: String] {
        var table: [Unicode.Scalar: String] = [:]
        for value in Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x2028, 0x2029] {
            guard let scalar = Unicode.Scalar(UInt32(value)), !kept.contains(scalar) else { continue }
            table[scalar] = "\\u{" + String(value, radix: 16, uppercase: true) + "}"
        }
        return table
    }
}
