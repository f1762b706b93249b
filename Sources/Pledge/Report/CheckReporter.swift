/// Writes a ``CheckReport`` in one format. One file per format.
public protocol CheckReporter: Sendable {
    /// The whole output, ending with a newline.
    func render(_ report: CheckReport) -> String
}

/// A format written one result at a time, so that `pledge check` streams it: memory stays
/// flat and results appear as operations are decided. The whole output is the head, the
/// entries with the separator between them, and the tail.
public protocol CheckStreamingReporter: CheckReporter {
    func head(_ run: CheckRun) -> String
    /// Written between two entries.
    var separator: String { get }
    func entry(_ entry: CheckReport.Entry, _ run: CheckRun) -> String
    /// After the last entry; `tally` counts every entry written.
    func tail(_ run: CheckRun, _ tally: CheckTally) -> String
}

extension CheckStreamingReporter {
    public func render(_ report: CheckReport) -> String {
        let run = report.run
        return head(run) + report.entries.map { entry($0, run) }.joined(separator: separator) + tail(run, report.tally)
    }
}

/// The formats `pledge check --format` offers.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// For people (the default).
    case text
    case json
    /// JSON Lines: one result a line, then the summary; for machines and large runs.
    case jsonl
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// GitHub Actions workflow commands: an annotation on each failing operation's line.
    case github

    /// The reporter that writes this format.
    public var reporter: any CheckReporter {
        switch self {
        case .text: return CheckTextReporter()
        case .json: return CheckJSONReporter()
        case .jsonl: return CheckJSONLinesReporter()
        case .sarif: return CheckSARIFReporter()
        case .github: return CheckGitHubReporter()
        }
    }

    /// The reporter, when this format is written as operations are decided; SARIF and
    /// GitHub annotations need every result first.
    public var streamingReporter: (any CheckStreamingReporter)? { reporter as? any CheckStreamingReporter }
}
