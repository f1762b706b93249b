import NIOCore
import Pledge

/// The answer to one `/v1/check` request: its operations decided on one policy, the bytes
/// `pledge check --format json` prints for them, written straight into the response's
/// buffer, sized beforehand, and the request's decision log lines. Operations the policy has
/// already decided, and their written parts, come from its ``AnswerCache``.
struct CheckAnswer {
    let tally: CheckTally
    let body: ByteBuffer
    /// One line per decision, in order; empty when no log line was asked for.
    let logLines: [UInt8]

    /// - Parameter log: the request's part of every decision log line, when the log is on.
    init(_ operations: [Pledge.Operation], on policy: ServedPolicy, log: DecisionLogLine?) {
        let reporter = CheckJSONReporter()
        let run = CheckRun(rulesFile: policy.ruleFile, policy: policy.engine.document.policy, allowsUncovered: false)
        (tally, body, logLines) = policy.answers.withSlot { slot in
            var decided: [AnswerCache.Known] = []
            decided.reserveCapacity(operations.count)
            var tally = CheckTally()
            let head = reporter.head(run), separator = reporter.separator
            // Room for every part; a result's id and place are all it adds to its shape.
            var size = head.utf8.count
            for operation in operations {
                let known = slot.known(operation, policy.engine, reporter, run, logged: log != nil)
                decided.append(known)
                tally.add(known.entry.decision.outcome)
                size += separator.utf8.count + known.shape.byteCount + Self.placeRoom + (operation.id?.utf8.count ?? 0) * 6
            }
            let tail = reporter.tail(run, tally)
            var body = ByteBufferAllocator().buffer(capacity: size + tail.utf8.count)
            body.writeString(head)
            for (operation, known) in zip(operations, decided) {
                if body.writerIndex > head.utf8.count { body.writeString(separator) }
                var entry = known.entry
                entry.operation = operation
                slot.scratch.removeAll(keepingCapacity: true)
                reporter.write(entry, shape: known.shape, into: &slot.scratch)
                body.writeBytes(slot.scratch)
            }
            body.writeString(tail)

            var lines: [UInt8] = []
            if let log {
                lines.reserveCapacity(operations.count * Self.logLineRoom)
                for (operation, known) in zip(operations, decided) {
                    let part = known.logPart ?? DecisionLogLine.decisionPart(operation: known.entry.operation, decision: known.entry.decision)
                    log.append(to: &lines, id: operation.id, decisionPart: part)
                }
            }
            return (tally, body, lines)
        }
    }

    /// The bytes a result's place takes, pretty-printed, besides its id: the `location` key
    /// and object with the body's name, a line and a column.
    private static let placeRoom = 128
    /// What a decision log line usually takes, to size a request's lines at once.
    private static let logLineRoom = 384
}
