/// One JSON object: the policy, the findings (with witnesses in the operation-file
/// format, ready for `pledge check`) and a count per severity.
public struct LintJSONReporter: LintReporter {
    public init() {}

    private struct Report: Encodable {
        var policy: String
        var source: String?
        var findings: [FindingJSON]
        var summary: [String: Int]
    }

    private struct FindingJSON: Encodable {
        var severity: String
        var check: String
        var message: String
        var rules: [String]
        var location: LocationJSON
        var clauses: [ClauseJSON]
        var witness: OperationJSON?
    }

    public func render(_ findings: [Finding], policy: PolicyMetadata) -> String {
        var summary: [String: Int] = [:]
        for s in Finding.Severity.allCases { summary[s.rawValue] = findings.filter { $0.severity == s }.count }
        let report = Report(policy: policy.id, source: policy.source, findings: findings.map { f in
            FindingJSON(severity: f.severity.rawValue, check: f.check, message: f.message, rules: f.ruleIDs,
                        location: LocationJSON(f.location), clauses: f.clauses.map(ClauseJSON.init),
                        witness: f.witness.map(OperationJSON.init))
        }, summary: summary)
        return ReportJSON.encode(report)
    }
}
