/// The written shapes of results already decided, by the operation's terms: operation
/// logs repeat the same few operations with new ids, and deciding one and writing its
/// clauses is most of what a check costs. Exact: the key is the whole operation less its
/// id and place, which the engine never reads and the shape never holds; a decision with
/// errors (which name the operation's place) is never kept. Bounded: past
/// ``maxEntries`` shapes or ``maxBytes`` of them (2 MiB a thread, within the 100 MB a 10M-operation run may take), it starts again empty. One thread at a time.
///
/// Worth it only where operations repeat: when fewer than a quarter of the lookups of
/// the last ``window`` found their shape (operations each drawn afresh), only one
/// operation in ``sampleEvery`` is looked up and kept until they repeat again, so the
/// key, the copy into the table and its freeing are not paid for every operation.
final class CheckShapeCache: @unchecked Sendable {
    static let maxEntries = 4_096
    static let maxBytes = 2 << 20
    static let window = 4_096
    static let sampleEvery = 8

    private var shapes: [Key: (decision: Decision, shape: CheckEntryShape)] = [:]
    private var bytes = 0
    private var lookups = 0, hits = 0
    private var sampling = false
    private var passed = 0

    private typealias Key = DecidedTerms

    /// The entry for `operation`, decided and shaped once per distinct set of terms, and
    /// whether it was known.
    func entry(_ operation: Operation, _ engine: Engine, _ reporter: any CheckStreamingReporter,
               _ run: CheckRun) -> (entry: CheckReport.Entry, shape: CheckEntryShape, known: Bool) {
        if sampling {
            passed += 1
            if passed % Self.sampleEvery != 0 {
                let entry = CheckReport.Entry(operation: operation, decision: engine.evaluate(operation))
                return (entry, reporter.shape(of: entry, run), false)
            }
        }
        lookups += 1
        if lookups == Self.window {
            sampling = hits * 4 < lookups
            lookups = 0
            hits = 0
        }
        let key = Key(operation)
        if let known = shapes[key] {
            hits += 1
            return (CheckReport.Entry(operation: operation, decision: known.decision), known.shape, true)
        }
        let entry = CheckReport.Entry(operation: operation, decision: engine.evaluate(operation))
        let shape = reporter.shape(of: entry, run)
        guard entry.decision.errors.isEmpty else { return (entry, shape, false) }
        if shapes.count == Self.maxEntries || bytes + shape.byteCount > Self.maxBytes {
            shapes.removeAll(keepingCapacity: true)
            bytes = 0
        }
        shapes[key] = (entry.decision, shape)
        bytes += shape.byteCount
        return (entry, shape, false)
    }
}
