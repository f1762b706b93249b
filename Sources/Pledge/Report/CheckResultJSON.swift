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

    /// ``shape(of:_:_:_:)`` compact (`jsonl`), written as runs of literal bytes between the
    /// values instead of key by key (a result has two dozen keys): the bytes ``JSONWriter``
    /// writes compact, the order of its sorted keys. The writer only escapes strings here.
    private func compactShape(of d: NumberedDecision<Bitset64>, _ operation: Operation, _ bytes: ExplanationBytes,
                              plainTerms: Bool, into shape: inout CheckEntryShape) {
        let obligations = d.obligations, anyPurpose = operation.purpose == nil
        compactStart(of: d, obligations, anyPurpose: anyPurpose, bytes, into: &shape.before)
        var json = JSONWriter()
        swap(&json.bytes, &shape.after)
        json.bytes.removeAll(keepingCapacity: true)
        json.bytes.reserveCapacity(512)
        if Self.gatherTerms(obligations, operation, d.outcome, plainTerms: plainTerms, into: &json.bytes) {
            Self.overridden(d, anyPurpose: anyPurpose, bytes, &json)
            swap(&json.bytes, &shape.after)
            return
        }
        json.raw(",\"obligations\":[")
        Self.strings(obligations, &json)
        json.raw("],\"operation\":{\"action\":\"")
        json.stringPart(operation.action)
        json.raw("\",\"context\":[")
        Self.strings(operation.context, &json)
        json.raw("],\"data\":[")
        Self.strings(operation.data, &json)
        json.raw("],\"identifiability\":\"")
        json.stringPart(operation.identifiability ?? Operation.defaultIdentifiability)
        if let purpose = operation.purpose {
            json.raw("\",\"purpose\":\"")
            json.stringPart(purpose)
        }
        json.raw("\",\"recipient\":\"")
        json.stringPart(operation.recipient ?? Operation.defaultRecipient)
        if let retention = operation.retention {
            json.raw("\",\"retention\":\"")
            json.stringPart(retention.text)
        }
        json.raw("\"},\"outcome\":\"")
        json.bytes += d.outcome.rawValue.utf8
        json.raw("\",\"overridden\":[")
        Self.overridden(d, anyPurpose: anyPurpose, bytes, &json)
        swap(&json.bytes, &shape.after)
    }

    /// ``compactShape(of:_:_:plainTerms:into:)`` for the operation `numbers` name (complete,
    /// no retention), its terms copied from `spellings` (none needs an escape).
    func compactShape(of d: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings,
                      _ bytes: ExplanationBytes, into shape: inout CheckEntryShape) {
        let obligations = d.obligations, anyPurpose = numbers.purpose == TermNumbers.none
        var json = JSONWriter()
        swap(&json.bytes, &shape.after)
        json.bytes.removeAll(keepingCapacity: true)
        json.bytes.reserveCapacity(512)
        guard Self.gatherTerms(obligations, numbers, spellings, d.outcome, into: &json.bytes) else {
            swap(&json.bytes, &shape.after)
            compactShape(of: d, numbers.operation(spellings.terms), bytes, plainTerms: true, into: &shape)
            return
        }
        Self.overridden(d, anyPurpose: anyPurpose, bytes, &json)
        swap(&json.bytes, &shape.after)
        compactStart(of: d, obligations, anyPurpose: anyPurpose, bytes, into: &shape.before)
    }

    /// A compact result up to its id — its deciding rules, no errors, its explanation — in the room of `start`.
    private func compactStart(of d: NumberedDecision<Bitset64>, _ obligations: [String], anyPurpose: Bool,
                              _ bytes: ExplanationBytes, into start: inout [UInt8]) {
        var json = JSONWriter()
        swap(&json.bytes, &start)
        json.bytes.removeAll(keepingCapacity: true)
        json.bytes.reserveCapacity(1_024)
        json.bytes += lead.utf8
        json.raw("{\"deciding\":[")
        Self.references(d.deciding, bytes, &json)
        json.raw("],\"errors\":[],\"explanation\":\"")
        explain(d, obligations, anyPurpose: anyPurpose, bytes, &json)
        json.raw("\"")
        swap(&json.bytes, &start)
    }

    /// The rest of a compact result from its overridden rules on: they, its witness, its end.
    private static func overridden(_ d: NumberedDecision<Bitset64>, anyPurpose: Bool, _ bytes: ExplanationBytes,
                                   _ json: inout JSONWriter) {
        references(d.overridden, bytes, &json)
        if let w = d.witness, bytes.witnessGathers {
            // The same bytes as below, appended at once (``GatheredBytes``).
            GatheredBytes.gather(into: &json.bytes) { out in
                func key(_ d: Int, _ node: Int32) { bytes.key(d, node).withUnsafeBufferPointer { out.bytes($0) } }
                out.literal("],\"witness\":{\"action\":\"")
                key(0, w.action)
                out.literal("\",\"data\":\"")
                key(1, w.data)
                out.literal("\",\"identifiability\":\"")
                key(4, w.identifiability)
                if !anyPurpose {
                    out.literal("\",\"purpose\":\"")
                    key(2, w.purpose)
                }
                out.literal("\",\"recipient\":\"")
                key(3, w.recipient)
                out.literal("\"}}")
            }
            return
        }
        json.raw("]")
        if let w = d.witness {
            json.raw(",\"witness\":{\"action\":\"")
            json.bytes += bytes.key(0, w.action)
            json.raw("\",\"data\":\"")
            json.bytes += bytes.key(1, w.data)
            json.raw("\",\"identifiability\":\"")
            json.bytes += bytes.key(4, w.identifiability)
            if !anyPurpose {
                json.raw("\",\"purpose\":\"")
                json.bytes += bytes.key(2, w.purpose)
            }
            json.raw("\",\"recipient\":\"")
            json.bytes += bytes.key(3, w.recipient)
            json.raw("\"}")
        }
        json.raw("}")
    }

    /// The bytes of `text` and its quotes and comma, when it needs no escape; else nil.
    private static func plainLength(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { ByteScan.jsonSpecial($0) == $0.count ? $0.count + 3 : nil }
    }

    /// ``plainLength(_:)`` of every string; nil when one needs an escape.
    private static func plainLength(_ texts: [String]) -> Int? {
        var total = 0
        for text in texts {
            guard let count = plainLength(text) else { return nil }
            total += count
        }
        return total
    }

    /// The bytes of `text` and its quotes and comma, known to need no escape.
    private static func length(_ text: String) -> Int { text.utf8.count + 3 }

    /// ``length(_:)`` of every string.
    private static func length(_ texts: [String]) -> Int { texts.reduce(0) { $0 + length($1) } }

    /// A compact result's members from `"obligations"` to the opening of `"overridden"`,
    /// as ``compactShape(of:_:_:plainTerms:into:)`` writes them, appended at once
    /// (``GatheredBytes``) when no string needs an escape and all fit; false (nothing
    /// written) otherwise. `plainTerms`: the operation's terms are known to need none.
    private static func gatherTerms(_ obligations: [String], _ operation: Operation, _ outcome: Outcome, plainTerms: Bool,
                                    into out: inout [UInt8]) -> Bool {
        let recipient = operation.recipient ?? Operation.defaultRecipient
        let identifiability = operation.identifiability ?? Operation.defaultIdentifiability
        let retention = operation.retention?.text
        // The literal words come to under 200 bytes; each string adds at most its quotes and a comma.
        guard let duties = plainLength(obligations), let kept = retention.map(plainLength) ?? 0 else { return false }
        let terms: Int
        if plainTerms {
            terms = length(operation.context) + length(operation.data) + length(operation.action) + length(recipient)
                + length(identifiability) + (operation.purpose.map(length) ?? 0)
        } else {
            guard let lists = plainLength(operation.context).flatMap({ a in plainLength(operation.data).map { a + $0 } }),
                  let action = plainLength(operation.action), let to = plainLength(recipient), let level = plainLength(identifiability),
                  let purpose = operation.purpose.map(plainLength) ?? 0
            else { return false }
            terms = lists + action + to + level + purpose
        }
        guard GatheredBytes.fits(200 + duties + kept + terms) else { return false }
        GatheredBytes.gather(into: &out) { json in
            func string(_ text: String) {
                var text = text
                text.withUTF8 { json.bytes($0) }
            }
            func strings(_ values: [String]) {
                for (i, value) in values.enumerated() {
                    json.literal(i == 0 ? "\"" : ",\"")
                    string(value)
                    json.literal("\"")
                }
            }
            gatherObligations(obligations, &json)
            json.literal("],\"operation\":{\"action\":\"")
            string(operation.action)
            json.literal("\",\"context\":[")
            strings(operation.context)
            json.literal("],\"data\":[")
            strings(operation.data)
            json.literal("],\"identifiability\":\"")
            string(identifiability)
            if let purpose = operation.purpose {
                json.literal("\",\"purpose\":\"")
                string(purpose)
            }
            json.literal("\",\"recipient\":\"")
            string(recipient)
            if let retention {
                json.literal("\",\"retention\":\"")
                string(retention)
            }
            gatherOutcome(outcome, &json)
        }
        return true
    }

    /// ``gatherTerms(_:_:_:plainTerms:into:)`` for the operation `numbers` name (complete, no
    /// retention), its terms copied from `spellings`.
    private static func gatherTerms(_ obligations: [String], _ numbers: TermNumbers, _ spellings: TermSpellings, _ outcome: Outcome,
                                    into out: inout [UInt8]) -> Bool {
        guard let duties = plainLength(obligations) else { return false }
        let none = TermNumbers.none
        let recipient = numbers.recipient == none ? spellings.defaultRecipient : numbers.recipient
        let identifiability = numbers.identifiability == none ? spellings.defaultIdentifiability : numbers.identifiability
        return spellings.withSpellings { term in
            var terms = term[numbers.action].count + term[recipient].count + term[identifiability].count + 9
            if numbers.purpose != none { terms += term[numbers.purpose].count + 3 }
            for i in 0..<numbers.dataCount { terms += term[numbers.data[i]].count + 3 }
            for i in 0..<numbers.contextCount { terms += term[numbers.context[i]].count + 3 }
            guard GatheredBytes.fits(200 + duties + terms) else { return false }
            GatheredBytes.gather(into: &out) { json in
                func list(_ lanes: SIMD4<Int32>, _ count: Int) {
                    for i in 0..<count {
                        json.literal(i == 0 ? "\"" : ",\"")
                        json.bytes(term[lanes[i]])
                        json.literal("\"")
                    }
                }
                gatherObligations(obligations, &json)
                json.literal("],\"operation\":{\"action\":\"")
                json.bytes(term[numbers.action])
                json.literal("\",\"context\":[")
                list(numbers.context, numbers.contextCount)
                json.literal("],\"data\":[")
                list(numbers.data, numbers.dataCount)
                json.literal("],\"identifiability\":\"")
                json.bytes(term[identifiability])
                if numbers.purpose != none {
                    json.literal("\",\"purpose\":\"")
                    json.bytes(term[numbers.purpose])
                }
                json.literal("\",\"recipient\":\"")
                json.bytes(term[recipient])
                gatherOutcome(outcome, &json)
            }
            return true
        }
    }

    /// `,"obligations":[` and the obligations, gathered (none needs an escape).
    private static func gatherObligations(_ obligations: [String], _ json: inout GatheredBytes) {
        json.literal(",\"obligations\":[")
        for (i, duty) in obligations.enumerated() {
            var duty = duty
            json.literal(i == 0 ? "\"" : ",\"")
            duty.withUTF8 { json.bytes($0) }
            json.literal("\"")
        }
    }

    /// The end of the operation, the outcome and the opening of `"overridden"`, gathered.
    private static func gatherOutcome(_ outcome: Outcome, _ json: inout GatheredBytes) {
        switch outcome {
        case .allow: json.literal("\"},\"outcome\":\"allow\",\"overridden\":[")
        case .deny: json.literal("\"},\"outcome\":\"deny\",\"overridden\":[")
        case .notCovered: json.literal("\"},\"outcome\":\"not_covered\",\"overridden\":[")
        }
    }

    /// The rules `walk` gives, each written once per run, with commas between (compact).
    private static func references(_ walk: ((Int, Int?) -> Void) -> Void, _ bytes: ExplanationBytes, _ json: inout JSONWriter) {
        var written: [UInt8] = [], first = true
        swap(&written, &json.bytes)
        walk { r, e in
            if !first { written.append(UInt8(ascii: ",")) }
            first = false
            written += bytes.reference(r, quoting: e)
        }
        swap(&written, &json.bytes)
    }

    /// Strings, quoted, with commas between (compact).
    private static func strings(_ values: [String], _ json: inout JSONWriter) {
        for (i, value) in values.enumerated() {
            json.raw(i == 0 ? "\"" : ",\"")
            json.stringPart(value)
            json.raw("\"")
        }
    }

    /// ``Decision/explain(_:)``'s words for the decision `d` numbers (no errors: an invalid
    /// operation is never numbered).
    private func explain(_ d: NumberedDecision<Bitset64>, _ obligations: [String], anyPurpose: Bool, _ bytes: ExplanationBytes,
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

    private static func gatherPlace(id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int,
                                    into out: inout [UInt8]) {
        GatheredBytes.gather(into: &out) { json in
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
