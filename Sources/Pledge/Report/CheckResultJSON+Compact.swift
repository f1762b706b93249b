/// A compact check result (`jsonl`) from a decision by numbers (``NumberedDecision``),
/// written as runs of literal bytes between the values instead of key by key: into a shape
/// (``CheckEntryShape``) to keep, or with its id and place straight into the output.
extension CheckResultJSON {
    /// ``shape(of:_:_:_:)`` compact (`jsonl`), in the room of `shape`'s bytes.
    func compactShape(of d: NumberedDecision<Bitset64>, _ operation: Operation, _ bytes: ExplanationBytes,
                      plainTerms: Bool, into shape: inout CheckEntryShape) {
        let obligations = d.obligations, anyPurpose = operation.purpose == nil
        shape.before.removeAll(keepingCapacity: true)
        shape.before.reserveCapacity(1_024)
        compactStart(of: d, obligations, anyPurpose: anyPurpose, bytes, appendingTo: &shape.before)
        shape.after.removeAll(keepingCapacity: true)
        shape.after.reserveCapacity(512)
        Self.compactRest(of: d, operation, obligations, anyPurpose: anyPurpose, bytes, plainTerms: plainTerms, appendingTo: &shape.after)
    }

    /// ``compactShape(of:_:_:plainTerms:into:)`` for the operation `numbers` name (complete,
    /// no retention), its terms copied from `spellings` (none needs an escape).
    func compactShape(of d: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings,
                      _ bytes: ExplanationBytes, into shape: inout CheckEntryShape) {
        let obligations = d.obligations, anyPurpose = numbers.purpose == TermNumbers.none
        shape.before.removeAll(keepingCapacity: true)
        shape.before.reserveCapacity(1_024)
        compactStart(of: d, obligations, anyPurpose: anyPurpose, bytes, appendingTo: &shape.before)
        shape.after.removeAll(keepingCapacity: true)
        shape.after.reserveCapacity(512)
        Self.compactRest(of: d, numbers, spellings, obligations, anyPurpose: anyPurpose, bytes, appendingTo: &shape.after)
    }

    /// The compact result of `numbers` with this id and place, appended to `out` as
    /// ``write(id:file:line:column:shape:into:)`` appends it around the shape
    /// ``compactShape(of:_:_:_:into:)`` writes, but straight from the decision: no shape is
    /// written first and then copied. Gives where the shape's two parts sit in `out`; nil
    /// (nothing written) when the id and the file do not fit.
    func write(_ d: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings, _ bytes: ExplanationBytes,
               id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int,
               into out: inout [UInt8]) -> (before: Range<Int>, after: Range<Int>)? {
        guard !pretty, GatheredBytes.fits(file.count + id.count + 128) else { return nil }
        let obligations = d.obligations, anyPurpose = numbers.purpose == TermNumbers.none
        let start = out.count
        compactStart(of: d, obligations, anyPurpose: anyPurpose, bytes, appendingTo: &out)
        let place = out.count
        Self.gatherPlace(id: id, file: file, line: line, column: column, into: &out)
        let rest = out.count
        Self.compactRest(of: d, numbers, spellings, obligations, anyPurpose: anyPurpose, bytes, appendingTo: &out)
        return (start..<place, rest..<out.count)
    }

    /// A compact result up to its id — its deciding rules, no errors, its explanation — appended to `out`.
    private func compactStart(of d: NumberedDecision<Bitset64>, _ obligations: [String], anyPurpose: Bool,
                              _ bytes: ExplanationBytes, appendingTo out: inout [UInt8]) {
        var json = JSONWriter()
        swap(&json.bytes, &out)
        if !lead.isEmpty { json.bytes += lead.utf8 }
        json.raw("{\"deciding\":[")
        Self.references(d.deciding, bytes, &json)
        json.raw("],\"errors\":[],\"explanation\":\"")
        explain(d, obligations, anyPurpose: anyPurpose, bytes, &json)
        json.raw("\"")
        swap(&json.bytes, &out)
    }

    /// A compact result from its obligations on — its operation, outcome, overridden rules
    /// and witness — appended to `out`. The writer only escapes strings here.
    private static func compactRest(of d: NumberedDecision<Bitset64>, _ operation: Operation, _ obligations: [String],
                                    anyPurpose: Bool, _ bytes: ExplanationBytes, plainTerms: Bool, appendingTo out: inout [UInt8]) {
        var json = JSONWriter()
        swap(&json.bytes, &out)
        defer { swap(&json.bytes, &out) }
        if gatherTerms(obligations, operation, d.outcome, plainTerms: plainTerms, into: &json.bytes) {
            overridden(d, anyPurpose: anyPurpose, bytes, &json)
            return
        }
        json.raw(",\"obligations\":[")
        strings(obligations, &json)
        json.raw("],\"operation\":{\"action\":\"")
        json.stringPart(operation.action)
        json.raw("\",\"context\":[")
        strings(operation.context, &json)
        json.raw("],\"data\":[")
        strings(operation.data, &json)
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
        overridden(d, anyPurpose: anyPurpose, bytes, &json)
    }

    /// ``compactRest(of:_:_:anyPurpose:_:plainTerms:appendingTo:)`` for the operation
    /// `numbers` name (complete, no retention), its terms copied from `spellings`.
    private static func compactRest(of d: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings,
                                    _ obligations: [String], anyPurpose: Bool, _ bytes: ExplanationBytes,
                                    appendingTo out: inout [UInt8]) {
        guard gatherTerms(obligations, numbers, spellings, d.outcome, into: &out) else {
            compactRest(of: d, numbers.operation(spellings.terms), obligations, anyPurpose: anyPurpose, bytes, plainTerms: true,
                        appendingTo: &out)
            return
        }
        var json = JSONWriter()
        swap(&json.bytes, &out)
        overridden(d, anyPurpose: anyPurpose, bytes, &json)
        swap(&json.bytes, &out)
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
            GatheredBytes.gather(into: &out) { numberedTerms(obligations, numbers, term, recipient: recipient, identifiability: identifiability, outcome, &$0) }
            return true
        }
    }

    /// The members from `"obligations"` to the opening of `"overridden"`, of obligations that need no escape and the
    /// operation `numbers` name (complete, no retention; `recipient` and `identifiability` with their defaults filled),
    /// spelled by `term`, gathered in any room.
    @inline(__always)
    static func numberedTerms<Room: GatheringRoom>(_ obligations: [String], _ numbers: TermNumbers, _ term: TermSpellings.Spelled,
                                                   recipient: Int32, identifiability: Int32, _ outcome: Outcome, _ json: inout Room) {
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
        if numbers.purpose != TermNumbers.none {
            json.literal("\",\"purpose\":\"")
            json.bytes(term[numbers.purpose])
        }
        json.literal("\",\"recipient\":\"")
        json.bytes(term[recipient])
        gatherOutcome(outcome, &json)
    }

    /// `,"obligations":[` and the obligations, gathered (none needs an escape).
    private static func gatherObligations<Room: GatheringRoom>(_ obligations: [String], _ json: inout Room) {
        json.literal(",\"obligations\":[")
        for (i, duty) in obligations.enumerated() {
            var duty = duty
            json.literal(i == 0 ? "\"" : ",\"")
            duty.withUTF8 { json.bytes($0) }
            json.literal("\"")
        }
    }

    /// The end of the operation, the outcome and the opening of `"overridden"`, gathered.
    private static func gatherOutcome<Room: GatheringRoom>(_ outcome: Outcome, _ json: inout Room) {
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
}
