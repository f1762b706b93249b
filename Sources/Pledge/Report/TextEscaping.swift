/// How policy text is made safe for one output syntax: each scalar the table names is
/// replaced, every other one copied. It works by scalar rather than by `Character`, so
/// that `"\r\n"` (one Character) is escaped as its two parts.
package struct TextEscaping: Sendable {
    let replacements: [Unicode.Scalar: String]

    package func callAsFunction(_ text: String) -> String {
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

    /// The message of a GitHub Actions workflow command: line breaks as the runner decodes
    /// them, every other control and bidirectional character shown as `\u{…}`.
    static let workflowMessage = TextEscaping(replacements: controlCharacters(keeping: [])
        .merging(["%": "%25", "\r": "%0D", "\n": "%0A"]) { _, workflow in workflow })

    /// A property value of a workflow command, which also may not hold `:` or `,`.
    static let workflowProperty = TextEscaping(replacements: controlCharacters(keeping: [])
        .merging(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"]) { _, workflow in workflow })

    /// Text for a terminal: control characters, which could recolour, clear or overwrite
    /// what was printed before (an ESC sequence, a carriage return), and bidirectional
    /// overrides, which could reorder what a reader sees (U+202E), are shown as `\u{1B}`;
    /// line feeds and tabs are kept. For a whole text report whose fields are escaped.
    static let terminal = TextEscaping(replacements: controlCharacters(keeping: ["\n", "\t"]))

    /// One field of a line of a text report — an id, a path, a clause, a reason: a line feed
    /// is shown too, so that no input can start a line of its own (a forged `allow`, or a
    /// `::error` line a CI runner obeys). Every report and diagnostic prints fields through this.
    package static let terminalField = TextEscaping(replacements: controlCharacters(keeping: ["\t"]))

    /// C0 and C1 controls, line and paragraph separators, and the bidirectional formatting
    /// characters (marks, embeddings, overrides, isolates).
    private static func controlCharacters(keeping kept: Set<Unicode.Scalar>) -> [Unicode.Scalar: String] {
        var table: [Unicode.Scalar: String] = [:]
        let bidirectional = [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069)
        for value in Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x2028, 0x2029] + bidirectional {
            guard let scalar = Unicode.Scalar(UInt32(value)), !kept.contains(scalar) else { continue }
            table[scalar] = "\\u{" + String(value, radix: 16, uppercase: true) + "}"
        }
        return table
    }

    /// A file path as a URI reference (SARIF's `uri`): every byte but RFC 3986's unreserved
    /// characters and `/` percent-encoded, so that a space, `%`, `#`, `?` or a control
    /// character in a name cannot change what the URI points at.
    static func uriPath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/".contains(c) {
                out.append(c)
            } else {
                out += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
