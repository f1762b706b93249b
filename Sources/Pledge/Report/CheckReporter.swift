/// Writes a ``CheckReport`` in one format. One file per format.
public protocol CheckReporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ report: CheckReport) -> String
}

/// The formats `pledge check --format` offers.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// For people (the default).
    case text
    case json
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// GitHub Actions workflow commands: an annotation on each failing operation's line.
    case github

    /// The reporter that writes this format.
    public var reporter: any CheckReporter {
        switch self {
        case .text: return CheckTextReporter()
        case .json: return CheckJSONReporter()
        case .sarif: return CheckSARIFReporter()
        case .github: return CheckGitHubReporter()
        }
    }
}
