/// JSON Lines: one compact JSON object a line for each result (the fields of a
/// ``CheckJSONReporter`` result), then one line with the summary, the policy and the
/// rules. Written result by result, so a run of any size streams in flat memory.
public struct CheckJSONLinesReporter: CheckStreamingReporter {
    public init() {}

    public func head(_ run: CheckRun) -> String { "" }

    public var separator: String { "" }

    public func entry(_ entry: CheckReport.Entry, _ run: CheckRun) -> String {
        let d = entry.decision
        var json = CompactJSON()
        json.beginObject()
        rules("deciding", d.deciding, run, &json)
        json.key("errors")
        json.beginArray()
        for error in d.errors {
            json.beginObject()
            location(error.location, &json)
            json.field("message", error.message)
            json.endObject()
        }
        json.endArray()
        json.field("explanation", d.explanation)
        if let id = entry.operation.id { json.field("id", id) }
        location(entry.location, &json)
        json.strings("obligations", d.obligations)
        operation(entry.operation, &json)
        json.field("outcome", d.outcome.rawValue)
        rules("overridden", d.overridden, run, &json)
        if let w = d.witness {
            json.key("witness")
            json.beginObject()
            json.field("action", w.action)
            json.field("data", w.data)
            json.field("identifiability", w.identifiability)
            if let purpose = w.purpose { json.field("purpose", purpose) }
            json.field("recipient", w.recipient)
            json.endObject()
        }
        json.endObject()
        return json.text + "\n"
    }

    public func tail(_ run: CheckRun, _ tally: CheckTally) -> String {
        var json = CompactJSON()
        json.beginObject()
        json.field("policy", run.policy.id)
        json.field("rules", run.rulesFile)
        json.key("summary")
        json.beginObject()
        json.key("allowed"); json.number(tally.allowed)
        json.key("denied"); json.number(tally.denied)
        json.key("not_covered"); json.number(tally.notCovered)
        json.key("operations"); json.number(tally.operations)
        json.key("passed"); json.bool(tally.passes(allowingUncovered: run.allowsUncovered))
        json.endObject()
        json.endObject()
        return json.text + "\n"
    }

    private func location(_ place: SourceLocation, _ json: inout CompactJSON) {
        json.key("location")
        json.beginObject()
        if place.column > 0 { json.key("column"); json.number(place.column) }
        json.field("file", place.file)
        if place.line > 0 { json.key("line"); json.number(place.line) }
        json.endObject()
    }

    private func clause(_ name: String, _ source: Provenance, _ file: String, _ json: inout CompactJSON) {
        json.key(name)
        json.beginObject()
        json.field("file", file)
        json.key("line"); json.number(source.line)
        if let section = source.section { json.field("section", section) }
        json.field("text", source.text)
        json.endObject()
    }

    private func rules(_ name: String, _ references: [RuleReference], _ run: CheckRun, _ json: inout CompactJSON) {
        json.key(name)
        json.beginArray()
        for r in references {
            json.beginObject()
            clause("clause", r.source, run.policyFile, &json)
            json.field("effect", r.effect.rawValue)
            if let exception = r.exception { clause("exception", exception, run.policyFile, &json) }
            review(r.review, &json)
            json.field("rule", r.ruleID)
            json.endObject()
        }
        json.endArray()
    }

    /// The rule's review, as the JSON report writes it (`status`, then `by` and `date` when signed off).
    private func review(_ review: RuleReview?, _ json: inout CompactJSON) {
        let r = ReviewJSON(review)
        json.key("review")
        json.beginObject()
        if let by = r.by { json.field("by", by) }
        if let date = r.date { json.field("date", date) }
        json.field("status", r.status)
        json.endObject()
    }

    private func operation(_ op: Operation, _ json: inout CompactJSON) {
        json.key("operation")
        json.beginObject()
        json.field("action", op.action)
        json.strings("context", op.context)
        json.strings("data", op.data)
        json.field("identifiability", op.identifiability ?? Operation.defaultIdentifiability)
        if let purpose = op.purpose { json.field("purpose", purpose) }
        json.field("recipient", op.recipient ?? Operation.defaultRecipient)
        if let retention = op.retention { json.field("retention", retention.text) }
        json.endObject()
    }
}
