/// A compact (`jsonl`) result of a decision by numbers written whole in a thread's room
/// (``ResultRoom``) and appended to the output at once, instead of a dozen appends of its
/// pieces: the same bytes as ``write(_:_:_:_:id:file:line:column:into:)`` appends.
extension CheckResultJSON {
    /// The compact result of `numbers` with this id and place, and its newline, written in
    /// `room` and appended to `out`. Gives where the shape's two parts sit in `out` (the
    /// second with the newline); nil (nothing written) when the result does not fit in the
    /// room or an obligation needs an escape.
    func gatheredWrite(_ d: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings, _ bytes: ExplanationBytes,
                       id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int,
                       room: UnsafeMutableBufferPointer<UInt8>, into out: inout [UInt8]) -> (before: Range<Int>, after: Range<Int>)? {
        guard !pretty, lead.isEmpty else { return nil }
        let obligations = d.obligations
        for duty in obligations {
            var duty = duty
            guard duty.withUTF8(Self.isPlain) else { return nil }
        }
        let anyPurpose = numbers.purpose == TermNumbers.none
        var json = ResultRoom(room)
        json.literal("{\"deciding\":[")
        Self.references(d.deciding, bytes, &json)
        json.literal("],\"errors\":[],\"explanation\":\"")
        Self.explain(d, obligations, anyPurpose: anyPurpose, bytes, &json)
        json.literal("\"")
        let place = json.count
        Self.place(id: id, file: file, line: line, column: column, &json)
        let rest = json.count
        Self.terms(obligations, numbers, spellings, d.outcome, &json)
        Self.references(d.overridden, bytes, &json)
        Self.witness(d.witness, anyPurpose: anyPurpose, bytes, &json)
        guard !json.overflowed else { return nil }
        let start = out.count
        out.append(contentsOf: json.written)
        return (start..<start + place, start + rest..<out.count)
    }

    /// ``explain(_:_:anyPurpose:_:_:)``'s words, of obligations that need no escape.
    private static func explain(_ d: NumberedDecision<Bitset64>, _ obligations: [String], anyPurpose: Bool, _ bytes: ExplanationBytes,
                                _ json: inout ResultRoom) {
        func ids(_ walk: ((Int, Int?) -> Void) -> Void) {
            var first = true
            walk { r, _ in
                if !first { json.literal(", ") }
                first = false
                json.bytes(bytes.ids[r])
            }
        }
        switch d.outcome {
        case .allow:
            json.literal("allowed by ")
            ids(d.deciding)
            if !obligations.isEmpty {
                json.literal("; obligations: ")
                for (i, duty) in obligations.enumerated() {
                    var duty = duty
                    if i > 0 { json.literal("; ") }
                    duty.withUTF8 { json.bytes($0) }
                }
            }
        case .deny:
            json.literal("denied by ")
            ids(d.deciding)
            if let w = d.witness {
                json.literal(": ")
                bytes.describe(w, anyPurpose: anyPurpose, into: &json)
            }
            if d.overrides {
                json.literal("; overrides ")
                ids(d.overridden)
            }
        case .notCovered:
            json.literal("not covered: no rule speaks to ")
            if let w = d.witness { bytes.describe(w, anyPurpose: anyPurpose, into: &json) } else { json.literal("this operation") }
        }
    }

    /// ``numberedTerms(_:_:_:recipient:identifiability:_:_:)`` in the room, its terms copied
    /// from `spellings`.
    private static func terms(_ obligations: [String], _ numbers: TermNumbers, _ spellings: TermSpellings, _ outcome: Outcome,
                              _ json: inout ResultRoom) {
        let none = TermNumbers.none
        let recipient = numbers.recipient == none ? spellings.defaultRecipient : numbers.recipient
        let identifiability = numbers.identifiability == none ? spellings.defaultIdentifiability : numbers.identifiability
        spellings.withSpellings { term in
            numberedTerms(obligations, numbers, term, recipient: recipient, identifiability: identifiability, outcome, &json)
        }
    }

    /// The end of `"overridden"`, the witness if any, the result's end and its newline.
    private static func witness(_ witness: AtomNodes?, anyPurpose: Bool, _ bytes: ExplanationBytes, _ json: inout ResultRoom) {
        guard let w = witness else { return json.literal("]}\n") }
        bytes.withKeys { key in
            json.literal("],\"witness\":{\"action\":\"")
            json.bytes(key[0, w.action])
            json.literal("\",\"data\":\"")
            json.bytes(key[1, w.data])
            json.literal("\",\"identifiability\":\"")
            json.bytes(key[4, w.identifiability])
            if !anyPurpose {
                json.literal("\",\"purpose\":\"")
                json.bytes(key[2, w.purpose])
            }
            json.literal("\",\"recipient\":\"")
            json.bytes(key[3, w.recipient])
            json.literal("\"}}\n")
        }
    }

    /// The rules `walk` gives, with commas between.
    private static func references(_ walk: ((Int, Int?) -> Void) -> Void, _ bytes: ExplanationBytes, _ json: inout ResultRoom) {
        var first = true
        walk { r, e in
            if !first { json.literal(",") }
            first = false
            json.bytes(bytes.reference(r, quoting: e))
        }
    }
}
