/// Markdown for a review or a pull request: the one-line count, then one line per group
/// of findings (errors first); then, folded (`<details>`), each group with its shared
/// clause quoted once and each finding with the other clauses it names.
public struct LintMarkdownReporter: LintReporter {
    public init() {}

    public func render(_ findings: [Finding], policy: PolicyMetadata) -> String {
        let groups = FindingGroup.groups(findings)
        var out = ["## Lint: \(cell(policy.id))", "", "**\(cell(FindingGroup.summary(findings, groups: groups, policy: policy))).**"]
        if !groups.isEmpty { out.append("") }
        for (n, group) in groups.enumerated() {
            let place = cell("\(group.location)")
            guard group.findings.count > 1 else {
                let f = group.findings[0]
                out.append("\(n + 1). **\(f.severity.rawValue)** \(code(f.check)) \(place): \(cell(f.message))")
                continue
            }
            out.append("\(n + 1). **\(group.severity.rawValue)** \(code(group.check)) \(place): \(group.findings.count) findings on \(group.clause.map { quote($0.text) } ?? "one place")")
        }
        guard !groups.isEmpty else { return out.joined(separator: "\n") + "\n" }
        out += ["", "<details><summary>Each group with its clauses</summary>", ""]
        for (n, group) in groups.enumerated() {
            out += ["#### \(n + 1). \(cell(group.check)) at \(cell("\(group.location)"))", ""]
            if let clause = group.clause { out += ["> \(quote(clause.text))", ""] }
            for f in group.findings {
                out.append("- **\(f.severity.rawValue)** \(cell(f.message))")
                for c in f.clauses.dropFirst() { out.append("  - \(cell("\(c.location)")): \(quote(c.text))") }
            }
            out.append("")
        }
        out.append("</details>")
        return out.joined(separator: "\n") + "\n"
    }

    private func quote(_ text: String) -> String { "“" + cell(text) + "”" }

    private func code(_ text: String) -> String { "`" + TextEscaping.markdownCode(text) + "`" }

    private func cell(_ text: String) -> String { TextEscaping.markdownCell(text) }
}
