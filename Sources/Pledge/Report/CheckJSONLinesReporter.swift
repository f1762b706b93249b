/// JSON Lines: one compact JSON object a line for each result (the fields of a
/// ``CheckJSONReporter`` result), then one line with the summary, the policy and the
/// rules. Written result by result, so a run of any size streams in flat memory.
public struct CheckJSONLinesReporter: CheckStreamingReporter, NumberedLineWriter {
    private let result = CheckResultJSON(pretty: false, depth: 0, lead: "")

    public init() {}

    public func head(_ run: CheckRun) -> String { "" }

    public var separator: String { "" }

    public func shape(of entry: CheckReport.Entry, _ run: CheckRun) -> CheckEntryShape {
        var shape = result.shape(of: entry, run)
        shape.after.append(0x0A)
        return shape
    }

    func shape(of decision: NumberedDecision<Bitset64>, _ operation: Operation, _ run: CheckRun,
               _ bytes: ExplanationBytes, plainTerms: Bool, into shape: inout CheckEntryShape) {
        result.shape(of: decision, operation, run, bytes, plainTerms: plainTerms, into: &shape)
        shape.after.append(0x0A)
    }

    func shape(of decision: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings, _ run: CheckRun,
               _ bytes: ExplanationBytes, into shape: inout CheckEntryShape) {
        result.compactShape(of: decision, numbers, spellings, bytes, into: &shape)
        shape.after.append(0x0A)
    }

    func writesAsItStands(file: UnsafeBufferPointer<UInt8>) -> Bool { CheckResultJSON.isPlain(file) }

    func write(id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int, outcome: Outcome,
               shape: CheckEntryShape, into out: inout [UInt8]) -> Bool {
        result.write(id: id, file: file, line: line, column: column, shape: shape, into: &out)
    }

    func write(_ decision: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings, _ bytes: ExplanationBytes,
               id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int,
               room: UnsafeMutableBufferPointer<UInt8>, into out: inout [UInt8]) -> (before: Range<Int>, after: Range<Int>)? {
        if let parts = result.gatheredWrite(decision, numbers, spellings, bytes, id: id, file: file, line: line, column: column,
                                            room: room, into: &out) {
            return parts
        }
        guard let parts = result.write(decision, numbers, spellings, bytes, id: id, file: file, line: line, column: column, into: &out)
        else { return nil }
        out.append(0x0A)
        return (parts.before, parts.after.lowerBound..<out.count)
    }

    public func write(_ terms: Operation, id: String?, location: SourceLocation, outcome: Outcome,
                      shape: CheckEntryShape, into out: inout [UInt8]) {
        result.write(id: id, location: location, shape: shape, into: &out)
    }

    /// The run with each rule's object written once (``ReferenceBytes``).
    public func prepare(_ run: CheckRun, engine: Engine) -> CheckRun { result.prepare(run, engine: engine) }

    public func tail(_ run: CheckRun, _ tally: CheckTally) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("policy", run.policy.id)
        json.field("rules", run.rulesFile)
        json.key("summary")
        CheckResultJSON.summary(tally, run, &json)
        json.endObject()
        return json.text + "\n"
    }
}
