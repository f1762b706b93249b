import Foundation
import Pledge
import Synchronization

/// The operations already decided on one served policy, with their written results: the
/// services that ask repeat the same few operations, and deciding one and writing its
/// clauses is most of what an answer costs. A repeated operation costs a lookup and a copy,
/// as in `pledge check` over an operations log.
///
/// Exact: the key is the whole operation less its id and place, which the engine never
/// reads and the shape never holds; a decision with errors (which name the operation's place)
/// is never kept. Held by its ``ServedPolicy``, one for each answer format, so a reload starts
/// with empty ones.
/// A slot also keeps the answer's head and its tails (one per tally, at most ``maxTails``).
/// Bounded: one slot per core, each of at most ``maxEntries`` results and ``maxBytes`` of
/// them, emptied when full. A request takes a free slot for the whole answer; when every slot
/// is taken it decides without one.
final class AnswerCache: Sendable {
    static let maxEntries = 2_048
    static let maxBytes = 1 << 20
    static let maxTails = 64

    /// One operation's terms decided, and written as the answer and the decision log show them.
    final class Known: Sendable {
        /// The first operation with these terms, and its decision.
        let entry: CheckReport.Entry
        /// The answer's result less the operation's id and place.
        let shape: CheckEntryShape
        /// The decision log line less the request's fields and the operation's id, when the
        /// log is on.
        let logPart: ArraySlice<UInt8>?

        init(entry: CheckReport.Entry, shape: CheckEntryShape, logged: Bool) {
            self.entry = entry
            self.shape = shape
            logPart = logged ? DecisionLogLine.decisionPart(operation: entry.operation, decision: entry.decision) : nil
        }
    }

    /// The results one slot holds, and the bytes it writes each result into.
    struct Slot: ~Copyable {
        private var known: [Key: Known] = [:]
        private var bytes = 0
        /// One result at a time, before it is copied into the answer.
        var scratch: [UInt8] = []
        /// The answer's head, which names only the policy.
        private var head: [UInt8]?
        /// The answer's tail for each tally met so far: a tail holds the counts (the few a
        /// service's requests have), nothing of the operations.
        private var tails: [Counts: [UInt8]] = [:]

        private struct Counts: Hashable {
            var allowed, denied, notCovered: Int
        }

        init() {}

        mutating func head(_ reporter: some AnswerFormat, _ run: CheckRun) -> [UInt8] {
            if let head { return head }
            let written = Array(reporter.head(run).utf8)
            head = written
            return written
        }

        mutating func tail(_ reporter: some AnswerFormat, _ run: CheckRun, _ tally: CheckTally) -> [UInt8] {
            let counts = Counts(allowed: tally.allowed, denied: tally.denied, notCovered: tally.notCovered)
            if let tail = tails[counts] { return tail }
            if tails.count == AnswerCache.maxTails { tails.removeAll(keepingCapacity: true) }
            let written = Array(reporter.tail(run, tally).utf8)
            tails[counts] = written
            return written
        }

        /// `operation` decided and shaped, once per distinct set of terms; its log line's part
        /// written too when `logged`.
        mutating func known(_ operation: Pledge.Operation, _ engine: Engine, _ reporter: some AnswerFormat,
                            _ run: CheckRun, logged: Bool) -> Known {
            let key = Key(operation)
            if let hit = known[key] { return hit }
            let entry = CheckReport(engine: engine, operations: [operation], rulesFile: run.rulesFile).entries[0]
            let fresh = Known(entry: entry, shape: reporter.shape(of: entry, run), logged: logged)
            guard entry.decision.errors.isEmpty else { return fresh }
            if known.count == AnswerCache.maxEntries || bytes + fresh.shape.byteCount > AnswerCache.maxBytes {
                known.removeAll(keepingCapacity: true)
                bytes = 0
            }
            known[key] = fresh
            bytes += fresh.shape.byteCount
            return fresh
        }
    }

    private typealias Key = DecidedTerms

    private final class Locked: Sendable {
        let slot = Mutex(Slot())
    }

    private let slots: [Locked]

    init(slots: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.slots = (0..<max(1, slots)).map { _ in Locked() }
    }

    /// Runs `body` with a free slot, or with an empty one of its own when all are taken.
    func withSlot<Result>(_ body: (inout Slot) -> Result) -> Result {
        for locked in slots {
            if let result = locked.slot.withLockIfAvailable({ slot in body(&slot) }) { return result }
        }
        var own = Slot()
        return body(&own)
    }
}
