/// The kind of text a policy is written in, guessed from its start.
enum TextFormat: Sendable {
    case markdown
    case html

    /// HTML when the first non-blank character opens a tag or a doctype; otherwise Markdown,
    /// which also reads plain text.
    static func detect(_ text: String) -> TextFormat {
        let start = text.drop(while: { $0.isWhitespace }).prefix(64).lowercased()
        let openers = ["<!doctype", "<html", "<head", "<body", "<p", "<div", "<h1", "<h2", "<h3", "<section", "<article", "<?xml"]
        return openers.contains(where: start.hasPrefix) ? .html : .markdown
    }
}
