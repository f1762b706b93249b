/// The written shapes of results already decided, by the operation's terms: operation
/// logs repeat the same few operations with new ids, and deciding one and writing its
/// clauses is most of what a check costs. Exact: the key is the whole operation less its
/// id and place, which the engine never reads and the shape never holds — for an operation
/// read as term numbers with no retention, those numbers (``TermKey``: one number is one
/// term, so the same numbers are the same terms), else its terms; a decision with
/// errors (which name the operation's place) is never kept. Bounded: past
/// ``maxEntries`` shapes or ``maxBytes`` of them (2 MiB a thread, within the 100 MB a 10M-operation run may take), it starts again empty. One thread at a time.
///
/// Worth it only where operations repeat: when fewer than a quarter of the lookups of
/// the last ``window`` found their shape (operations each drawn afresh), only one
/// operation in ``sampleEvery`` is looked up and kept until they repeat again, so the
/// key, the copy into the table and its freeing are not paid for every operation.
///
/// An operation not found is decided and shaped by numbers (``NumberedShapeWriter``) when
/// the format and the policy allow it, else through its ``Decision``.
final class CheckShapeCache: @unchecked Sendable {
    static let maxEntries = 4_096
    static let maxBytes = 2 << 20
    static let window = 4_096
    static let sampleEvery = 8

    /// An operation's outcome and shape, and whether they were known (found in the cache).
    struct Shaped {
        var outcome: Outcome
        var shape: CheckEntryShape
        var known: Bool
    }

    // Used by one thread at a time (each of a batch's threads has its own cache): no
    // dynamic exclusivity check on each access, a runtime call that took about 40
    // instructions an operation.
    @exclusivity(unchecked) private var shapes: [Key: (outcome: Outcome, shape: CheckEntryShape)] = [:]
    /// Those of operations read as numbers, by them.
    @exclusivity(unchecked) private var shapesByNumber =
        TermKeyTable<(outcome: Outcome, shape: CheckEntryShape)>(capacity: CheckShapeCache.maxEntries)
    @exclusivity(unchecked) private var bytes = 0
    @exclusivity(unchecked) private var lookups = 0, hits = 0
    @exclusivity(unchecked) private var sampling = false
    @exclusivity(unchecked) private var passed = 0
    /// The shape last written and not kept: its room is written again for the next operation.
    @exclusivity(unchecked) private var spare = CheckEntryShape(after: [])
    /// Where a writer may write a whole result before appending it (``NumberedLineWriter``).
    private let room = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: ResultRoom.capacity)

    deinit { room.deallocate() }

    private typealias Key = DecidedTerms

    /// The outcome and shape of `operation`, decided and shaped once per distinct set of
    /// terms. `numbered`: the reporter, when it writes shapes by numbers. `read`: the
    /// operation's terms as numbers, and their classes in `engine`, when it was read so.
    func entry(_ operation: Operation, _ engine: Engine, _ reporter: any CheckStreamingReporter,
               numbered: (any NumberedShapeWriter)?, _ run: CheckRun, read: (TermNumbers, TermClasses)? = nil) -> Shaped {
        let byNumbers = read.flatMap { $0.0.complete && operation.retention == nil ? $0.0.key : nil }
        // Never nil: an operation that cannot be shaped by numbers is shaped through its decision.
        return shaped(byNumbers, byNumbers == nil ? Key(operation) : nil) { decide(operation, read, engine, reporter, numbered, run) }!
    }

    /// ``entry(_:_:_:numbered:_:read:)`` for a line read as `numbers` only (``NumberedLine``),
    /// found by them, else decided and shaped by them: no ``Operation`` is read. nil when
    /// the line must be read as one: the policy is too large for one-word rows, or some
    /// term has no classes here (``Engine/explain(_:_:_:)``).
    func entry(_ numbers: TermNumbers, _ engine: Engine, _ writer: any NumberedLineWriter, _ run: CheckRun,
               _ classes: TermClasses, _ spellings: TermSpellings) -> Shaped? {
        guard let bytes = run.explanation else { return nil }
        return shaped(numbers.key, nil) { () -> (outcome: Outcome, shape: CheckEntryShape, errors: Bool)? in
            var shape = CheckEntryShape(after: [])
            swap(&shape, &spare)
            let outcome = engine.explain(numbers, classes) {
                writer.shape(of: $0, numbers, spellings, run, bytes, into: &shape)
                return $0.outcome
            }
            spare = shape
            return outcome.map { ($0, shape, false) }
        }
    }

    /// ``entry(_:_:_:_:_:_:)`` written as a line's result, with its id and place, into `out`
    /// (as ``NumberedLineWriter/write(id:file:line:column:outcome:shape:into:)`` writes it):
    /// a shape not found is written there straight from the decision, not into a shape and
    /// then copied, and what the cache keeps is copied from there. Gives the outcome, and
    /// the shape when it was found; nil (nothing written) as ``entry(_:_:_:_:_:_:)``, or when
    /// the id and place do not fit.
    func write(_ numbers: TermNumbers, _ engine: Engine, _ writer: any NumberedLineWriter, _ run: CheckRun,
               _ classes: TermClasses, _ spellings: TermSpellings, id: UnsafeBufferPointer<UInt8>,
               file: UnsafeBufferPointer<UInt8>, line: Int, column: Int, into out: inout [UInt8]) -> (outcome: Outcome, found: CheckEntryShape?)? {
        guard let bytes = run.explanation else { return nil }
        let key = numbers.key
        let look = lookUp(key, nil)
        if let found = look.found {
            guard writer.write(id: id, file: file, line: line, column: column, outcome: found.outcome, shape: found.shape, into: &out)
            else { return nil }
            return (found.outcome, found.shape)
        }
        let written = engine.explain(numbers, classes) { d in
            writer.write(d, numbers, spellings, bytes, id: id, file: file, line: line, column: column, room: room, into: &out)
                .map { (outcome: d.outcome, parts: $0) }
        }
        guard let written = written ?? nil else { return nil }
        if look.keeps {
            let shape = out.withUnsafeBufferPointer { out in
                CheckEntryShape(before: Array(UnsafeBufferPointer(rebasing: out[written.parts.before])),
                                after: Array(UnsafeBufferPointer(rebasing: out[written.parts.after])))
            }
            keep(key, nil, written.outcome, shape)
        }
        return (written.outcome, nil)
    }

    /// The shape kept under `byNumbers` or `key`, else the one `decide` makes (nil: it made
    /// none), kept unless its decision had errors.
    private func shaped(_ byNumbers: TermKey?, _ key: Key?,
                        _ decide: () -> (outcome: Outcome, shape: CheckEntryShape, errors: Bool)?) -> Shaped? {
        let look = lookUp(byNumbers, key)
        if let found = look.found { return found }
        guard let result = decide() else { return nil }
        // Its own buffers, no larger than its bytes: the shape was written in the spare's
        // room, which the next operation writes again and which may have grown large.
        if look.keeps, !result.errors { keep(byNumbers, key, result.outcome, result.shape.ownCopy) }
        return Shaped(outcome: result.outcome, shape: result.shape, known: false)
    }

    /// The shape kept under `byNumbers` or `key`, if any, and whether a shape made now is to
    /// be kept. Looked up at all only while operations repeat enough (``window``,
    /// ``sampleEvery``).
    private func lookUp(_ byNumbers: TermKey?, _ key: Key?) -> (found: Shaped?, keeps: Bool) {
        if sampling {
            passed += 1
            if passed % Self.sampleEvery != 0 { return (nil, false) }
        }
        lookups += 1
        if lookups == Self.window {
            sampling = hits * 4 < lookups
            lookups = 0
            hits = 0
        }
        if let known = byNumbers.map({ shapesByNumber[$0] }) ?? key.map({ shapes[$0] }) ?? nil {
            hits += 1
            return (Shaped(outcome: known.outcome, shape: known.shape, known: true), false)
        }
        return (nil, true)
    }

    /// Keeps `shape` (in buffers of its own) under `byNumbers` or `key`, starting again empty when full.
    private func keep(_ byNumbers: TermKey?, _ key: Key?, _ outcome: Outcome, _ shape: CheckEntryShape) {
        if shapes.count + shapesByNumber.count == Self.maxEntries || bytes + shape.byteCount > Self.maxBytes {
            shapes.removeAll(keepingCapacity: true)
            shapesByNumber.removeAll()
            bytes = 0
        }
        if let byNumbers { shapesByNumber.add(byNumbers, (outcome, shape)) } else if let key { shapes[key] = (outcome, shape) }
        bytes += shape.byteCount
    }

    /// Decides and shapes one operation: by numbers when the reporter and the run allow it,
    /// else through its ``Decision`` (whose errors, if any, it says it had).
    private func decide(_ operation: Operation, _ read: (TermNumbers, TermClasses)?, _ engine: Engine,
                        _ reporter: any CheckStreamingReporter, _ numbered: (any NumberedShapeWriter)?, _ run: CheckRun)
        -> (outcome: Outcome, shape: CheckEntryShape, errors: Bool) {
        if let numbered, let bytes = run.explanation {
            // Written into the spare shape, taken out of the cache for the call. The closures
            // are written out at each call: one kept in a constant escapes, and its context (a
            // copy of the operation and of the run) goes to the heap.
            var shape = CheckEntryShape(after: [])
            swap(&shape, &spare)
            let outcome = if let read {
                engine.explain(operation, read.0, read.1) {
                    numbered.shape(of: $0, operation, run, bytes, plainTerms: true, into: &shape)
                    return $0.outcome
                }
            } else {
                engine.explain(operation) {
                    numbered.shape(of: $0, operation, run, bytes, plainTerms: false, into: &shape)
                    return $0.outcome
                }
            }
            spare = shape
            if let outcome { return (outcome, shape, false) }
        }
        let entry = CheckReport.Entry(operation: operation, decision: engine.evaluate(operation))
        return (entry.decision.outcome, reporter.shape(of: entry, run), !entry.decision.errors.isEmpty)
    }
}
