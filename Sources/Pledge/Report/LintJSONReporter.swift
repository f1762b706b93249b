import Foundation

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

/// JSON shapes the lint and diff reporters share.
enum ReportJSON {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

struct LocationJSON: Encodable {
    var file: String
    var line: Int?
    var column: Int?

    init(_ location: SourceLocation) {
        file = location.file
        line = location.line > 0 ? location.line : nil
        column = location.column > 0 ? location.column : nil
    }
}

struct ClauseJSON: Encodable {
    var rule: String?
    var file: String
    var line: Int
    var section: String?
    var text: String

    init(_ clause: QuotedClause) {
        rule = clause.ruleID
        file = clause.location.file
        line = clause.location.line
        section = clause.section
        text = clause.text
    }
}

/// An operation in the keys of an operation file.
struct OperationJSON: Encodable {
    var action: String
    var data: [String]
    var recipient: String
    var purpose: String?
    var identifiability: String
    var context: [String]
    var retention: String?

    init(_ op: Operation) {
        action = op.action
        data = op.data
        recipient = op.recipient ?? Operation.defaultRecipient
        purpose = op.purpose
        identifiability = op.identifiability ?? Operation.defaultIdentifiability
        context = op.context
        retention = op.retention?.text
    }
}
