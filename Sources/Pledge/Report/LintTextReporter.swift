/// A one-line count and one line per group of findings first (errors first, then the
/// largest groups), then the groups in full: `file:line: severity: [check] message`, for
/// a terminal and for editors that jump to `file:line`. A group of several findings
/// quotes its shared clause once, then each finding with its other clauses and its
/// witness (unless its message names it).
public struct LintTextReporter: LintReporter {
    public init() {}

    /// At most this many groups are listed in the summary; the rest are counted.
    static let summaryGroups = 30

    public func render(_ findings: [Finding], policy: PolicyMetadata) -> String {
        let groups = FindingGroup.groups(findings)
        let field = TextEscaping.terminalField
        var lines = [field(FindingGroup.summary(findings, groups: groups, policy: policy))]
        for (n, group) in groups.prefix(Self.summaryGroups).enumerated() {
            lines.append("  \(n + 1). \(group.severity.rawValue) [\(field(group.check))] \(field("\(group.location)")): \(field(FindingGroup.headline(group)))")
        }
        if groups.count > Self.summaryGroups { lines.append("  … and \(groups.count - Self.summaryGroups) more below.") }
        for group in groups {
            lines.append("")
            guard group.findings.count > 1 else {
                let f = group.findings[0]
                lines.append("\(field("\(f.location)")): \(f.severity.rawValue): [\(field(f.check))] \(field(f.message))")
                lines += f.clauses.map(quote)
                if let w = witness(f) { lines.append("    witness: \(field(w))") }
                continue
            }
            lines.append("\(field("\(group.location)")): \(group.severity.rawValue): [\(field(group.check))] \(group.findings.count) findings on one clause:")
            if let clause = group.clause { lines.append(quote(clause)) }
            for f in group.findings {
                lines.append("  - \(f.severity.rawValue): \(field(f.message))")
                lines += f.clauses.dropFirst().map { "  " + quote($0) }
                if let w = witness(f) { lines.append("      witness: \(field(w))") }
            }
        }
        // Each line is escaped whole: a line feed in a rule id, a clause or a policy id cannot start a line of its own.
        return lines.map { TextEscaping.terminalField($0) }.joined(separator: "\n") + "\n"
    }

    /// The witness, unless the message already says it.
    private func witness(_ finding: Finding) -> String? {
        finding.witness.map(WitnessText.describe).flatMap { finding.message.contains($0) ? nil : $0 }
    }

    /// The clause, with its rule's review status when a rule was read from it.
    private func quote(_ clause: QuotedClause) -> String {
        let section = clause.section.map { " (\($0))" } ?? ""
        let review = clause.ruleID.map { " [\($0): \(ReviewStatusText.of(clause.review))]" } ?? ""
        return TextEscaping.terminalField("    \(clause.location)\(section)\(review): \"\(clause.text)\"")
    }
}
