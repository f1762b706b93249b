/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message` on
/// each operation that fails the run (`::notice` for a not-covered one let through by
/// `--allow-uncovered`), then the summary as plain text.
public struct CheckGitHubReporter: CheckReporter {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        var out = ""
        for entry in report.entries where entry.decision.outcome != .allow {
            let decision = entry.decision
            let command = entry.fails(allowingUncovered: report.allowsUncovered) ? "error" : "notice"
            var properties = ["file=\(property(entry.location.file))"]
            if entry.location.line > 0 { properties.append("line=\(entry.location.line)") }
            if entry.location.column > 0 { properties.append("col=\(entry.location.column)") }
            let title = decision.outcome == .deny ? "pledge: denied" : "pledge: not covered by the policy"
            properties.append("title=\(property(title))")
            var message = "\(entry.name): \(decision.explanation)"
            for reference in decision.deciding {
                message += "\n\(reference.ruleID) [\(ReviewStatusText.of(reference.review))] (\(report.clauseLocation(reference))): \"\(reference.source.text)\""
            }
            out += "::\(command) \(properties.joined(separator: ","))::\(data(message))\n"
        }
        return out + TextEscaping.terminalField(report.summary) + "\n"
    }

    private func data(_ text: String) -> String { TextEscaping.workflowMessage(text) }

    private func property(_ text: String) -> String { TextEscaping.workflowProperty(text) }
}
