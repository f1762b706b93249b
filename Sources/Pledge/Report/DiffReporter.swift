/// Writes a ``VersionDiff`` in one format. One file per format.
public protocol DiffReporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ diff: VersionDiff) -> String
}

/// The formats `pledge diff --format` offers.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, json, markdown, html

    /// The reporter that writes this format.
    /// - Parameters:
    ///   - taxonomy: the vocabulary whose labels say the changes in plain words.
    ///   - detail: text only: list every changed region (the other formats always hold them).
    public func reporter(taxonomy: Taxonomy = .standard, detail: Bool = false) -> any DiffReporter {
        switch self {
        case .text: return DiffTextReporter(taxonomy: taxonomy, detail: detail)
        case .json: return DiffJSONReporter(taxonomy: taxonomy)
        case .markdown: return DiffMarkdownReporter(taxonomy: taxonomy)
        case .html: return DiffHTMLReporter(taxonomy: taxonomy)
        }
    }
}
