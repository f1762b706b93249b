/// Findings of one check on one clause, read as one: a duty that contradicts thirteen
/// permissions is one group of thirteen findings, each with its own witness, the duty's
/// clause quoted once.
struct FindingGroup: Sendable {
    /// The check that found them.
    var check: String
    /// The clause they share: the first clause of each finding (nil for findings with none).
    var clause: QuotedClause?
    /// In the linter's order.
    var findings: [Finding]

    /// The most serious of the findings.
    var severity: Finding.Severity { findings.map(\.severity).max() ?? .info }
    /// Where the group points: its first finding's place.
    var location: SourceLocation { findings[0].location }

    /// The findings in groups, the most serious first, then the largest, then by place.
    static func groups(_ findings: [Finding]) -> [FindingGroup] {
        var groups: [FindingGroup] = []
        var index: [String: Int] = [:]
        for f in findings {
            let lead = f.clauses.first
            // A clause is named by its rule where it has one (one sentence can hold several rules).
            let key = [f.check, lead?.ruleID ?? "", lead.map { "\($0.location)" } ?? "\(f.location)", lead?.text ?? ""].joined(separator: "\u{0}")
            if let i = index[key] {
                groups[i].findings.append(f)
            } else {
                index[key] = groups.count
                groups.append(FindingGroup(check: f.check, clause: lead, findings: [f]))
            }
        }
        return groups.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.severity != y.severity { return x.severity > y.severity }
            if x.findings.count != y.findings.count { return x.findings.count > y.findings.count }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The group in one line: a lone finding's message, else how many findings share which clause.
    static func headline(_ group: FindingGroup) -> String {
        guard group.findings.count > 1 else { return group.findings[0].message }
        let words = group.clause?.text.split(separator: " ") ?? []
        let opening = words.prefix(12).joined(separator: " ") + (words.count > 12 ? " …" : "")
        return "\(group.findings.count) findings on \(group.clause.map { _ in "“\(opening)”" } ?? "one place")"
    }

    /// `cardshop: 5 findings in 4 groups (2 error, 2 warning, 1 info)`.
    static func summary(_ findings: [Finding], groups: [FindingGroup], policy: PolicyMetadata) -> String {
        let counts = Finding.Severity.allCases.reversed().map { s in "\(findings.filter { $0.severity == s }.count) \(s.rawValue)" }
        return "\(policy.id): \(findings.count) finding\(findings.count == 1 ? "" : "s") in \(groups.count) group\(groups.count == 1 ? "" : "s") (\(counts.joined(separator: ", ")))"
    }
}
