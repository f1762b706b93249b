/// Writes a ``VersionDiff`` in one format. One file per format.
public protocol DiffReporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ diff: VersionDiff) -> String
}

/// The formats `pledge diff --format` offers.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, json, markdown, html

    /// The reporter that writes this format.
    public var reporter: any DiffReporter {
        switch self {
        case .text: return DiffTextReporter()
        case .json: return DiffJSONReporter()
        case .markdown: return DiffMarkdownReporter()
        case .html: return DiffHTMLReporter()
        }
    }
}
