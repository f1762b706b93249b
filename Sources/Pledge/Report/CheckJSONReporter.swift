/// One JSON object: the rules checked against, a result per operation (its place, the
/// operation with defaults filled in, the outcome, the deciding and overridden rules with
/// their clauses and review status, obligations, witness, errors) and a summary. Written
/// result by result, with the layout of one pretty-printed, key-sorted object (as
/// `JSONEncoder` prints it); for large runs, JSON Lines (``CheckJSONLinesReporter``) is
/// lighter to write and to read.
public struct CheckJSONReporter: CheckStreamingReporter, NumberedShapeWriter {
    private let result = CheckResultJSON(pretty: true, depth: 2, lead: "    ")

    public init() {}

    // The object's keys, sorted: policy, results, rules, summary.
    public func head(_ run: CheckRun) -> String {
        var id = JSONWriter(pretty: true)
        id.string(run.policy.id)
        return "{\n  \"policy\" : \(id.text),\n  \"results\" : [\n"
    }

    public var separator: String { ",\n" }

    public func shape(of entry: CheckReport.Entry, _ run: CheckRun) -> CheckEntryShape {
        result.shape(of: entry, run)
    }

    func shape(of decision: NumberedDecision<Bitset64>, _ operation: Operation, _ run: CheckRun,
               _ bytes: ExplanationBytes, plainTerms: Bool, into shape: inout CheckEntryShape) {
        result.shape(of: decision, operation, run, bytes, plainTerms: plainTerms, into: &shape)
    }

    public func write(_ terms: Operation, id: String?, location: SourceLocation, outcome: Outcome,
                      shape: CheckEntryShape, into out: inout [UInt8]) {
        result.write(id: id, location: location, shape: shape, into: &out)
    }

    /// The run with each rule's object written once (``ReferenceBytes``).
    public func prepare(_ run: CheckRun, engine: Engine) -> CheckRun { result.prepare(run, engine: engine) }

    public func tail(_ run: CheckRun, _ tally: CheckTally) -> String {
        var json = JSONWriter(pretty: true, insideAt: 1, appendingTo: Array("\n  ]".utf8))
        json.field("rules", run.rulesFile)
        json.key("summary")
        CheckResultJSON.summary(tally, run, &json)
        json.endObject()
        return json.text + "\n"
    }
}
