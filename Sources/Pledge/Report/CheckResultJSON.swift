/// One check result as JSON, the same object for `pledge check --format json` (pretty,
/// inside the report's `results`), `--format jsonl` (compact, a line each) and the
/// decision API: its keys sorted — `deciding`, `errors`, `explanation`, `id`, `location`,
/// `obligations`, `operation` (defaults filled in), `outcome`, `overridden`, `witness`.
/// `id` and `location` are the only keys that are the operation's own; the shape is the
/// rest, written before and after them.
package struct CheckResultJSON {
    let pretty: Bool
    /// The nesting depth the result object is written at.
    let depth: Int
    /// Written before the object (the indentation of a pretty-printed list item).
    let lead: String

    func shape(of entry: CheckReport.Entry, _ run: CheckRun) -> CheckEntryShape {
        let d = entry.decision
        // Room for a result's usual size, so that its bytes are not copied as they grow.
        var start = Array(lead.utf8)
        start.reserveCapacity(1_024)
        var json = JSONWriter(pretty: pretty, depth: depth, appendingTo: start)
        json.beginObject()
        rules("deciding", d.deciding, run, &json)
        json.diagnostics(d.errors)
        json.key("explanation")
        json.beginString()
        d.explain { json.stringPart($0) }
        json.endString()
        let before = json.bytes

        json = JSONWriter(pretty: pretty, insideAt: depth + 1)
        json.bytes.reserveCapacity(512)
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
            // Omitted when the operation named no purpose: the part is for any purpose.
            if let purpose = w.purpose { json.field("purpose", purpose) }
            json.field("recipient", w.recipient)
            json.endObject()
        }
        json.endObject()
        return CheckEntryShape(before: before, after: json.bytes)
    }

    /// ``shape(of:_:)`` of the ``Decision`` `d` words, from the bytes written once per run,
    /// into `shape` (compact: in the room of its bytes). `plainTerms`: the operation's
    /// terms need no escape (``NumberedShapeWriter``), so only the rest is checked for one.
    func shape(of d: NumberedDecision<Bitset64>, _ operation: Operation, _ run: CheckRun, _ bytes: ExplanationBytes,
               plainTerms: Bool, into shape: inout CheckEntryShape) {
        if pretty {
            shape = prettyShape(of: d, operation, bytes)
        } else {
            compactShape(of: d, operation, bytes, plainTerms: plainTerms, into: &shape)
        }
    }

    private func prettyShape(of d: NumberedDecision<Bitset64>, _ operation: Operation, _ bytes: ExplanationBytes) -> CheckEntryShape {
        var start = Array(lead.utf8)
        start.reserveCapacity(1_024)
        var json = JSONWriter(pretty: pretty, depth: depth, appendingTo: start)
        json.beginObject()
        json.key("deciding")
        json.beginArray()
        d.deciding { json.value(written: bytes.reference($0, quoting: $1)) }
        json.endArray()
        json.diagnostics([])
        let obligations = d.obligations
        json.key("explanation")
        json.beginString()
        explain(d, obligations, anyPurpose: operation.purpose == nil, bytes, &json)
        json.endString()
        let before = json.bytes

        json = JSONWriter(pretty: pretty, insideAt: depth + 1)
        json.bytes.reserveCapacity(512)
        json.strings("obligations", obligations)
        self.operation(operation, &json)
        json.field("outcome", d.outcome.rawValue)
        json.key("overridden")
        json.beginArray()
        d.overridden { json.value(written: bytes.reference($0, quoting: $1)) }
        json.endArray()
        if let w = d.witness {
            json.key("witness")
            json.beginObject()
            json.field("action", escaped: bytes.key(0, w.action))
            json.field("data", escaped: bytes.key(1, w.data))
            json.field("identifiability", escaped: bytes.key(4, w.identifiability))
            if operation.purpose != nil { json.field("purpose", escaped: bytes.key(2, w.purpose)) }
            json.field("recipient", escaped: bytes.key(3, w.recipient))
            json.endObject()
        }
        json.endObject()
        return CheckEntryShape(before: before, after: json.bytes)
    }

    /// ``Decision/explain(_:)``'s words for the decision `d` numbers (no errors: an invalid
    /// operation is never numbered).
    func explain(_ d: NumberedDecision<Bitset64>, _ obligations: [String], anyPurpose: Bool, _ bytes: ExplanationBytes,
                 _ json: inout JSONWriter) {
        func ids(_ walk: ((Int, Int?) -> Void) -> Void) {
            var first = true
            walk { r, _ in
                if !first { json.stringPart(literal: ", ") }
                first = false
                json.stringPart(escaped: bytes.ids[r])
            }
        }
        func witness() {
            // Escaped parts, written inside the open string as they are.
            if let w = d.witness { bytes.describe(w, anyPurpose: anyPurpose, into: &json.bytes) }
        }
        switch d.outcome {
        case .allow:
            json.stringPart(literal: "allowed by ")
            ids(d.deciding)
            if !obligations.isEmpty {
                json.stringPart(literal: "; obligations: ")
                for (i, duty) in obligations.enumerated() {
                    if i > 0 { json.stringPart(literal: "; ") }
                    json.stringPart(duty)
                }
            }
        case .deny:
            json.stringPart(literal: "denied by ")
            ids(d.deciding)
            if d.witness != nil {
                json.stringPart(literal: ": ")
                witness()
            }
            if d.overrides {
                json.stringPart(literal: "; overrides ")
                ids(d.overridden)
            }
        case .notCovered:
            json.stringPart(literal: "not covered: no rule speaks to ")
            if d.witness != nil { witness() } else { json.stringPart(literal: "this operation") }
        }
    }

    /// The shape around an entry's id and place.
    func write(id: String?, location place: SourceLocation, shape: CheckEntryShape, into out: inout [UInt8]) {
        out += shape.before
        if !pretty, let id, Self.gatherPlace(id: id, place, into: &out) {
            out += shape.after
            return
        }
        var json = JSONWriter(pretty: pretty, insideAt: depth + 1)
        swap(&out, &json.bytes)
        if let id { json.field("id", id) }
        json.location(place)
        swap(&out, &json.bytes)
        out += shape.after
    }

    /// ``write(id:location:shape:into:)`` compact, for an id and a file given as bytes that
    /// need no escape, when they fit; false (nothing written) otherwise.
    func write(id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int, shape: CheckEntryShape,
               into out: inout [UInt8]) -> Bool {
        guard !pretty, GatheredBytes.fits(file.count + id.count + 128) else { return false }
        out += shape.before
        Self.gatherPlace(id: id, file: file, line: line, column: column, into: &out)
        out += shape.after
        return true
    }

    /// A compact result's `"id"` and `"location"` members, as ``JSONWriter`` writes them
    /// inside the open result, appended at once (``GatheredBytes``) when the file and the
    /// id need no escape and fit; false (nothing written) otherwise.
    private static func gatherPlace(id: String, _ place: SourceLocation, into out: inout [UInt8]) -> Bool {
        var file = place.file, id = id
        return file.withUTF8 { file in
            id.withUTF8 { id in
                guard GatheredBytes.fits(file.count + id.count + 128), isPlain(file), isPlain(id) else { return false }
                gatherPlace(id: id, file: file, line: place.line, column: place.column, into: &out)
                return true
            }
        }
    }

    /// Whether JSON writes `text` as it stands.
    static func isPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool { ByteScan.jsonSpecial(text) == text.count }

    /// A compact result's `"id"` and `"location"` members, of an id and a file that need no escape and fit.
    static func gatherPlace(id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int,
                            into out: inout [UInt8]) {
        GatheredBytes.gather(into: &out) { place(id: id, file: file, line: line, column: column, &$0) }
    }

    /// A compact result's `"id"` and `"location"` members, of an id and a file that need no escape.
    @inline(__always)
    static func place<Room: GatheringRoom>(id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int,
                                           _ json: inout Room) {
        json.literal(",\"id\":\"")
        json.bytes(id)
        json.literal("\",\"location\":{")
        if column > 0 {
            json.literal("\"column\":")
            json.decimal(column)
            json.literal(",")
        }
        json.literal("\"file\":\"")
        json.bytes(file)
        json.literal("\"")
        if line > 0 {
            json.literal(",\"line\":")
            json.decimal(line)
        }
        json.literal("}")
    }

    /// `{allowed, denied, not_covered, operations, passed}`, the end of every check report.
    package static func summary(_ tally: CheckTally, _ run: CheckRun, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("allowed", tally.allowed)
        json.field("denied", tally.denied)
        json.field("not_covered", tally.notCovered)
        json.field("operations", tally.operations)
        json.key("passed")
        json.bool(tally.passes(allowingUncovered: run.allowsUncovered))
        json.endObject()
    }

    private func clause(_ name: StaticString, _ source: Provenance, _ file: String, _ json: inout JSONWriter) {
        json.key(name)
        json.beginObject()
        json.field("file", file)
        json.field("line", source.line)
        if let section = source.section { json.field("section", section) }
        json.field("text", source.text)
        json.endObject()
    }

    private func rules(_ name: StaticString, _ references: [RuleReference], _ run: CheckRun, _ json: inout JSONWriter) {
        json.key(name)
        json.beginArray()
        for r in references {
            if let written = run.references?.bytes(r) { json.value(written: written) } else { reference(r, run, &json) }
        }
        json.endArray()
    }

    /// One rule's object: its clause, effect, exception, review and id.
    private func reference(_ r: RuleReference, _ run: CheckRun, _ json: inout JSONWriter) {
        json.beginObject()
        clause("clause", r.source, run.policyFile, &json)
        json.field("effect", r.effect.rawValue)
        if let exception = r.exception { clause("exception", exception, run.policyFile, &json) }
        review(r.review, &json)
        json.field("rule", r.ruleID)
        json.endObject()
    }

    /// The run with each rule's object written once (``ReferenceBytes``), as it sits in a
    /// result's `deciding` or `overridden` list, and what a decision by numbers names
    /// (``ExplanationBytes``).
    func prepare(_ run: CheckRun, engine: Engine) -> CheckRun {
        var run = run
        let clauses = run
        let object = { (r: RuleReference) -> [UInt8] in
            var json = JSONWriter(pretty: pretty, depth: depth + 2)
            reference(r, clauses, &json)
            return json.bytes
        }
        run.references = ReferenceBytes(engine.document.rules, write: object)
        run.explanation = engine.numberedCatalog.map { ExplanationBytes($0, reference: object, part: JSONWriter.escapedPart) }
        return run
    }

    /// `status`, then `by` and `date` when signed off, sorted.
    private func review(_ review: RuleReview?, _ json: inout JSONWriter) {
        let r = ReviewJSON(review)
        json.key("review")
        json.beginObject()
        if let by = r.by { json.field("by", by) }
        if let date = r.date { json.field("date", date) }
        json.field("status", r.status)
        json.endObject()
    }

    private func operation(_ op: Operation, _ json: inout JSONWriter) {
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
