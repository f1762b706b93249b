import Pledge

/// The compact answer of `POST /v1/check?format=compact`: what a service needs to act on a
/// decision, on one line — per operation, in the request's order, its `id` (when it has one),
/// the `outcome`, the `deciding` rule ids, the `obligations` and the `errors` (located as in
/// the full answer); around them the policy, the rule file and the summary, as the full
/// answer has them. The clauses' text, the explanation, the operation as decided and the
/// witness are left out: they are what makes the full answer about 1.9 KB a decision, where
/// this one is about 100 bytes (more when obligations, quoted, come with it). Keys sorted, as
/// in the full answer.
struct CompactCheckReporter: AnswerFormat {
    // policy, results, rules, summary.
    func head(_ run: CheckRun) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("policy", run.policy.id)
        json.key("results")
        json.beginArray()
        return json.text
    }

    var separator: String { "," }

    /// `{"deciding":[…],"errors":[…]` before the id, `,"obligations":[…],"outcome":…}` after it.
    func shape(of entry: CheckReport.Entry, _ run: CheckRun) -> CheckEntryShape {
        let decision = entry.decision
        var json = JSONWriter()
        json.beginObject()
        json.key("deciding")
        json.beginArray()
        for rule in decision.deciding { json.string(rule.ruleID) }
        json.endArray()
        json.diagnostics(decision.errors)
        let before = json.bytes

        json = JSONWriter(insideAt: 1)
        json.strings("obligations", decision.obligations)
        json.field("outcome", decision.outcome.rawValue)
        json.endObject()
        return CheckEntryShape(before: before, after: json.bytes)
    }

    /// `,"id":…` when the operation has an id; the compact answer gives no place.
    func writeOwnParts(of operation: Pledge.Operation, decided: CheckReport.Entry, into out: inout [UInt8]) {
        guard let id = operation.id else { return }
        var json = JSONWriter(insideAt: 1)
        swap(&out, &json.bytes)
        json.field("id", id)
        swap(&out, &json.bytes)
    }

    func tail(_ run: CheckRun, _ tally: CheckTally) -> String {
        var json = JSONWriter(insideAt: 1, appendingTo: Array("]".utf8))
        json.field("rules", run.rulesFile)
        json.key("summary")
        CheckResultJSON.summary(tally, run, &json)
        json.endObject()
        return json.text + "\n"
    }
}
