/// One JSON object: the rules checked against, a result per operation (its place, the
/// operation with defaults filled in, the outcome, the deciding and overridden rules with
/// their clauses and review status, obligations, witness, errors) and a summary. Written result by result,
/// with the layout of one pretty-printed, key-sorted object; for large runs, JSON Lines
/// (``CheckJSONLinesReporter``) is lighter to write and to read.
public struct CheckJSONReporter: CheckStreamingReporter {
    public init() {}

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
        var action, data: String
        /// Omitted when the operation named no purpose: the part is for any purpose.
        var purpose: String?
        var recipient, identifiability: String
    }

    private struct ErrorJSON: Encodable {
        var location: LocationJSON
        var message: String
    }

    // The object's keys, sorted: policy, results, rules, summary.
    public func head(_ run: CheckRun) -> String {
        "{\n  \"policy\" : \(ReportJSON.fragment(run.policy.id)),\n  \"results\" : [\n"
    }

    public var separator: String { ",\n" }

    public func entry(_ entry: CheckReport.Entry, _ run: CheckRun) -> String {
        let policyFile = run.policyFile
        func rule(_ r: RuleReference) -> RuleJSON {
            RuleJSON(
                rule: r.ruleID, effect: r.effect.rawValue, review: ReviewJSON(r.review),
                clause: ClauseJSON(r.source, file: policyFile), exception: r.exception.map { ClauseJSON($0, file: policyFile) })
        }
        let d = entry.decision
        let result = Result(
            id: entry.operation.id, location: LocationJSON(entry.location), operation: OperationJSON(entry.operation),
            outcome: d.outcome.rawValue, explanation: d.explanation,
            deciding: d.deciding.map(rule), overridden: d.overridden.map(rule), obligations: d.obligations,
            witness: d.witness.map { WitnessJSON(action: $0.action, data: $0.data, purpose: $0.purpose, recipient: $0.recipient, identifiability: $0.identifiability) },
            errors: d.errors.map { ErrorJSON(location: LocationJSON($0.location), message: $0.message) })
        return ReportJSON.fragment(result, indent: 4)
    }

    public func tail(_ run: CheckRun, _ tally: CheckTally) -> String {
        let summary = Summary(operations: tally.operations, allowed: tally.allowed, denied: tally.denied,
                              notCovered: tally.notCovered, passed: tally.passes(allowingUncovered: run.allowsUncovered))
        return "\n  ],\n  \"rules\" : \(ReportJSON.fragment(run.rulesFile)),\n  \"summary\" : \(ReportJSON.fragment(summary, indent: 2, first: false))\n}\n"
    }
}
