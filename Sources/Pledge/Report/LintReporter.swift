/// Writes the linter's findings in one format. One file per format.
public protocol LintReporter: Sendable {
    /// The whole output for one policy's findings, ending with a newline.
    func render(_ findings: [Finding], policy: PolicyMetadata) -> String
}

/// The formats `pledge lint --format` offers.
public enum LintFormat: String, Sendable, CaseIterable {
    case text, json, markdown, html

    /// The reporter that writes this format.
    public var reporter: any LintReporter {
        switch self {
        case .text: return LintTextReporter()
        case .json: return LintJSONReporter()
        case .markdown: return LintMarkdownReporter()
        case .html: return LintHTMLReporter()
        }
    }
}
