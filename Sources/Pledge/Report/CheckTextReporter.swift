/// For people: one line per operation (place, outcome, what it does), then the clauses
/// that decided it with their review status (`[unreviewed]`: the extractor's draft decided),
/// the obligations, the allows a deny overrode; a summary last. Every field is escaped
/// for the terminal (``TextEscaping/terminalField``).
public struct CheckTextReporter: CheckStreamingReporter, NumberedLineWriter {
    public init() {}

    public func head(_ run: CheckRun) -> String { "" }

    public var separator: String { "" }

    /// Everything after the entry's first line, which alone names the operation.
    public func shape(of entry: CheckReport.Entry, _ run: CheckRun) -> CheckEntryShape {
        let decision = entry.decision
        var out = TerminalBytes()
        for error in decision.errors {
            out.literal("  error: ")
            out.field(error.message)
            out.literal("\n")
        }
        switch decision.outcome {
        case .allow: out.literal("  allowed by:\n")
        case .deny where decision.errors.isEmpty: out.literal("  denied by:\n")
        case .deny, .notCovered: break
        }
        for reference in decision.deciding { clause(reference, run, &out) }
        if let witness = decision.witness {
            out.literal(decision.outcome == .deny ? "  denied part: " : "  no rule speaks to: ")
            witness.describe { out.field($0) }
            out.literal("\n")
        }
        if !decision.overridden.isEmpty {
            out.literal("  overrides (a conflict in the policy):\n")
            for reference in decision.overridden { clause(reference, run, &out) }
        }
        for obligation in decision.obligations {
            out.literal("  obligation: ")
            out.field(obligation)
            out.literal("\n")
        }
        return CheckEntryShape(after: out.bytes)
    }

    /// ``shape(of:_:)`` of the ``Decision`` `decision` words, from the bytes written once per run.
    func shape(of decision: NumberedDecision<Bitset64>, _ operation: Operation, _ run: CheckRun,
               _ bytes: ExplanationBytes, plainTerms: Bool, into shape: inout CheckEntryShape) {
        self.shape(of: decision, anyPurpose: operation.purpose == nil, bytes, into: &shape)
    }

    func shape(of decision: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings, _ run: CheckRun,
               _ bytes: ExplanationBytes, into shape: inout CheckEntryShape) {
        self.shape(of: decision, anyPurpose: numbers.purpose == TermNumbers.none, bytes, into: &shape)
    }

    func write(_ decision: NumberedDecision<Bitset64>, _ numbers: TermNumbers, _ spellings: TermSpellings, _ bytes: ExplanationBytes,
               id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int,
               room _: UnsafeMutableBufferPointer<UInt8>, into out: inout [UInt8]) -> (before: Range<Int>, after: Range<Int>)? {
        guard GatheredBytes.fits(file.count + id.count + 128) else { return nil }
        Self.gatherHead(id: id, file: file, line: line, column: column, outcome: decision.outcome, into: &out)
        let start = out.count
        shape(of: decision, anyPurpose: numbers.purpose == TermNumbers.none, bytes, appendingTo: &out)
        return (start..<start, start..<out.count)
    }

    /// The shape of a decision by numbers, whose operation named no purpose when `anyPurpose`.
    private func shape(of decision: NumberedDecision<Bitset64>, anyPurpose: Bool, _ bytes: ExplanationBytes,
                       into shape: inout CheckEntryShape) {
        shape.before.removeAll(keepingCapacity: true)
        shape.after.removeAll(keepingCapacity: true)
        shape.after.reserveCapacity(512)
        self.shape(of: decision, anyPurpose: anyPurpose, bytes, appendingTo: &shape.after)
    }

    /// ``shape(of:anyPurpose:_:into:)``'s bytes, appended to `written`.
    private func shape(of decision: NumberedDecision<Bitset64>, anyPurpose: Bool, _ bytes: ExplanationBytes,
                       appendingTo written: inout [UInt8]) {
        var out = TerminalBytes()
        swap(&out.bytes, &written)
        switch decision.outcome {
        case .allow: out.literal("  allowed by:\n")
        case .deny: out.literal("  denied by:\n")
        case .notCovered: break
        }
        decision.deciding { out.bytes += bytes.reference($0, quoting: $1) }
        if let witness = decision.witness {
            bytes.describe(witness, anyPurpose: anyPurpose,
                           lead: decision.outcome == .deny ? "  denied part: " : "  no rule speaks to: ", end: "\n", into: &out.bytes)
        }
        if decision.overrides {
            out.literal("  overrides (a conflict in the policy):\n")
            decision.overridden { out.bytes += bytes.reference($0, quoting: $1) }
        }
        for obligation in decision.obligations {
            out.literal("  obligation: ")
            out.field(obligation)
            out.literal("\n")
        }
        swap(&out.bytes, &written)
    }

    /// `place: outcome: name` (``CheckReport/Entry/name``: the id, else the action and data), then the shape.
    public func write(_ terms: Operation, id: String?, location: SourceLocation, outcome: Outcome,
                      shape: CheckEntryShape, into out: inout [UInt8]) {
        if let id, Self.gatherHead(id: id, location: location, outcome: outcome, into: &out) {
            out += shape.after
            return
        }
        var line = TerminalBytes()
        swap(&line.bytes, &out)
        line.location(location)
        line.literal(": ")
        line.bytes += outcome.rawValue.utf8
        line.literal(": ")
        if let id {
            line.field(id)
        } else {
            // The name's parts escaped one by one: escaping works scalar by scalar.
            line.field(terms.action)
            line.literal(" ")
            for (i, key) in terms.data.enumerated() {
                if i > 0 { line.literal(", ") }
                line.field(key)
            }
        }
        line.literal("\n")
        swap(&line.bytes, &out)
        out += shape.after
    }

    func writesAsItStands(file: UnsafeBufferPointer<UInt8>) -> Bool { ByteScan.terminalSpecial(file) == file.count }

    func write(id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line: Int, column: Int, outcome: Outcome,
               shape: CheckEntryShape, into out: inout [UInt8]) -> Bool {
        guard GatheredBytes.fits(file.count + id.count + 128) else { return false }
        Self.gatherHead(id: id, file: file, line: line, column: column, outcome: outcome, into: &out)
        out += shape.after
        return true
    }

    /// ``write(_:id:location:outcome:shape:into:)``'s first line appended at once
    /// (``GatheredBytes``) when the file and the id need no escape and fit; false (nothing
    /// written) otherwise.
    private static func gatherHead(id: String, location: SourceLocation, outcome: Outcome, into out: inout [UInt8]) -> Bool {
        var file = location.file, id = id
        return file.withUTF8 { file in
            id.withUTF8 { id in
                guard GatheredBytes.fits(file.count + id.count + 128), ByteScan.terminalSpecial(file) == file.count,
                      ByteScan.terminalSpecial(id) == id.count
                else { return false }
                gatherHead(id: id, file: file, line: location.line, column: location.column, outcome: outcome, into: &out)
                return true
            }
        }
    }

    /// The first line of an id and a file that need no escape and fit.
    private static func gatherHead(id: UnsafeBufferPointer<UInt8>, file: UnsafeBufferPointer<UInt8>, line number: Int, column: Int,
                                   outcome: Outcome, into out: inout [UInt8]) {
        GatheredBytes.gather(into: &out) { line in
            line.bytes(file)
            if number > 0 {
                line.literal(":")
                line.decimal(number)
                if column > 0 {
                    line.literal(":")
                    line.decimal(column)
                }
            }
            switch outcome {
            case .allow: line.literal(": allow: ")
            case .deny: line.literal(": deny: ")
            case .notCovered: line.literal(": not_covered: ")
            }
            line.bytes(id)
            line.literal("\n")
        }
    }

    /// The run with each rule's clause line written once (``ReferenceBytes``), and what a
    /// decision by numbers names (``ExplanationBytes``).
    public func prepare(_ run: CheckRun, engine: Engine) -> CheckRun {
        var run = run
        run.references = ReferenceBytes(engine.document.rules) { reference in
            var out = TerminalBytes()
            clauseLine(reference, run, &out)
            return out.bytes
        }
        let lines = run
        run.explanation = engine.numberedCatalog.map { catalog in
            ExplanationBytes(catalog, reference: { reference in
                var out = TerminalBytes()
                clause(reference, lines, &out)
                return out.bytes
            }, part: { part in
                var out = TerminalBytes()
                out.field(part)
                return out.bytes
            })
        }
        return run
    }

    public func tail(_ run: CheckRun, _ tally: CheckTally) -> String {
        TextEscaping.terminal((tally.operations == 0 ? "" : "\n") + tally.summary(run) + "\n")
    }

    private func clause(_ reference: RuleReference, _ run: CheckRun, _ out: inout TerminalBytes) {
        if let line = run.references?.bytes(reference, exceptionApart: true) {
            out.bytes += line
        } else {
            clauseLine(reference, run, &out)
        }
        exception(reference, run, &out)
    }

    /// `    id [status] (file:line): "clause"`.
    private func clauseLine(_ reference: RuleReference, _ run: CheckRun, _ out: inout TerminalBytes) {
        out.literal("    ")
        out.field(reference.ruleID)
        out.literal(" [")
        // ``ReviewStatusText`` written in place, its parts escaped one by one (escaping works
        // scalar by scalar, so the bytes are the same), without a string built per clause.
        if let review = reference.review {
            out.field(review.status.rawValue)
            out.literal(" by ")
            out.field(review.by)
            out.literal(" on ")
            out.field(review.date)
        } else {
            out.literal("unreviewed")
        }
        out.literal("] (")
        out.location(run.clauseLocation(reference))
        out.literal("): \"")
        out.field(reference.source.text)
        out.literal("\"\n")
    }

    /// The exception a reference quotes, on a line of its own.
    private func exception(_ reference: RuleReference, _ run: CheckRun, _ out: inout TerminalBytes) {
        guard let exception = reference.exception else { return }
        // An allow quoting an exception decides a deny: the exception is its promise.
        let promise = reference.effect == .allow
        if exception == reference.source {
            out.literal(promise ? "      forbidden, as the clause promises, by an exception the clause itself states\n"
                                : "      lifted by an exception the clause itself states\n")
        } else {
            out.literal(promise ? "      forbidden, as the clause promises, by the exception (" : "      lifted by the exception (")
            out.field(run.policyFile)
            out.literal(":")
            out.number(exception.line)
            out.literal("): \"")
            out.field(exception.text)
            out.literal("\"\n")
        }
    }
}
