/// `file:line: severity: [check] message`, then the quoted clauses and the witness,
/// then a count: for a terminal and for editors that jump to `file:line`.
public struct LintTextReporter: LintReporter {
    public init() {}

    public func render(_ findings: [Finding], policy: PolicyMetadata) -> String {
        var lines: [String] = []
        for f in findings {
            lines.append("\(f.location): \(f.severity.rawValue): [\(f.check)] \(f.message)")
            for clause in f.clauses {
                let section = clause.section.map { " (\($0))" } ?? ""
                lines.append("    \(clause.location)\(section): \"\(clause.text)\"")
            }
            if let w = f.witness { lines.append("    witness: \(WitnessText.describe(w))") }
        }
        let counts = Finding.Severity.allCases.reversed().map { s in "\(findings.filter { $0.severity == s }.count) \(s.rawValue)" }
        lines.append("\(policy.id): \(findings.count) finding\(findings.count == 1 ? "" : "s") (\(counts.joined(separator: ", ")))")
        // Each line is escaped whole: a line feed in a rule id, a clause or a policy id cannot start a line of its own.
        return lines.map { TextEscaping.terminalField($0) }.joined(separator: "\n") + "\n"
    }
}
