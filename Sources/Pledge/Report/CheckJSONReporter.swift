/// One JSON object: the rules checked against, a result per operation (its place, the
/// operation with defaults filled in, the outcome, the deciding and overridden rules with
/// their clauses and review status, obligations, witness, errors) and a summary.
public struct CheckJSONReporter: CheckReporter {
    public init() {}

    private struct Report: Encodable {
        var rules: String
        var policy: String
        var results: [Result]
        var summary: Summary
    }

    private struct Summary: Encodable {
        var operations: Int
        var allowed: Int
        var denied: Int
        var notCovered: Int
        var passed: Bool

        enum CodingKeys: String, CodingKey {
            case operations, allowed, denied, passed
            case notCovered = "not_covered"
        }
    }

    private struct Result: Encodable {
        var id: String?
        var location: LocationJSON
        var operation: OperationJSON
        var outcome: String
        var explanation: String
        var deciding: [RuleJSON]
        var overridden: [RuleJSON]
        var obligations: [String]
        var witness: WitnessJSON?
        var errors: [ErrorJSON]
    }

    private struct RuleJSON: Encodable {
        var rule: String
        var effect: String
        var review: ReviewJSON
        var clause: ClauseJSON
        var exception: ClauseJSON?
    }

    private struct WitnessJSON: Encodable {
        var action, data, purpose, recipient, identifiability: String
    }

    private struct ErrorJSON: Encodable {
        var location: LocationJSON
        var message: String
    }

    public func render(_ report: CheckReport) -> String {
        let policyFile = report.policyFile
        func rule(_ r: RuleReference) -> RuleJSON {
            RuleJSON(
                rule: r.ruleID, effect: r.effect.rawValue, review: ReviewJSON(r.review),
                clause: ClauseJSON(r.source, file: policyFile), exception: r.exception.map { ClauseJSON($0, file: policyFile) })
        }
        let results = report.entries.map { entry in
            let d = entry.decision
            return Result(
                id: entry.operation.id, location: LocationJSON(entry.location), operation: OperationJSON(entry.operation),
                outcome: d.outcome.rawValue, explanation: d.explanation,
                deciding: d.deciding.map(rule), overridden: d.overridden.map(rule), obligations: d.obligations,
                witness: d.witness.map { WitnessJSON(action: $0.action, data: $0.data, purpose: $0.purpose, recipient: $0.recipient, identifiability: $0.identifiability) },
                errors: d.errors.map { ErrorJSON(location: LocationJSON($0.location), message: $0.message) })
        }
        let summary = Summary(operations: report.entries.count, allowed: report.count(.allow), denied: report.count(.deny),
                              notCovered: report.count(.notCovered), passed: report.passes)
        return ReportJSON.encode(Report(rules: report.rulesFile, policy: report.policy.id, results: results, summary: summary))
    }
}
