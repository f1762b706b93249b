import NIOCore
import Pledge

/// The answer to one `/v1/check` request: its operations decided on one policy, written in the
/// format asked for (by default the bytes `pledge check --format json` prints for them)
/// straight into the response's buffer, sized beforehand, and the request's decisions as the
/// decision log writes them. Operations the policy has already decided, and their written parts, come from its
/// ``AnswerCache`` for that format.
struct CheckAnswer {
    let tally: CheckTally
    let body: ByteBuffer
    /// One log line per decision, in order, when a log line was asked for.
    let logged: LoggedDecisions?

    /// - Parameter log: the request's part of every decision log line, when the log is on.
    init(_ operations: [Pledge.Operation], on policy: ServedPolicy, in reporter: some AnswerFormat, cache: AnswerCache,
         log: DecisionLogLine?) {
        let run = CheckRun(rulesFile: policy.ruleFile, policy: policy.engine.document.policy, allowsUncovered: false)
        (tally, body, logged) = cache.withSlot { slot in
            var decided: [AnswerCache.Known] = []
            decided.reserveCapacity(operations.count)
            var tally = CheckTally()
            let head = slot.head(reporter, run), separator = reporter.separator
            // Room for every part; a result's id and place are all it adds to its shape.
            var size = head.count
            // By index: an operation is read where it lies, never copied out of the list.
            for index in operations.indices {
                let known = slot.known(operations[index], policy.engine, reporter, run, logged: log != nil)
                decided.append(known)
                tally.add(known.entry.decision.outcome)
                size += separator.utf8.count + known.shape.byteCount + Self.placeRoom + (operations[index].id?.utf8.count ?? 0) * 6
            }
            let tail = slot.tail(reporter, run, tally)
            var body = ByteBufferAllocator().buffer(capacity: size + tail.count)
            body.writeBytes(head)
            for index in operations.indices {
                if index > 0 { body.writeString(separator) }
                // The kept shape straight into the answer; only the operation's own id and
                // place are written afresh, between its two parts.
                let known = decided[index]
                body.writeBytes(known.shape.before)
                slot.scratch.removeAll(keepingCapacity: true)
                reporter.writeOwnParts(of: operations[index], decided: known.entry, into: &slot.scratch)
                body.writeBytes(slot.scratch)
                body.writeBytes(known.shape.after)
            }
            body.writeBytes(tail)

            let logged = log.map { line in
                var logged = LoggedDecisions(line: line, capacity: operations.count)
                for index in operations.indices {
                    let known = decided[index]
                    logged.add(id: operations[index].id,
                               decisionPart: known.logPart ?? DecisionLogLine.decisionPart(operation: known.entry.operation, decision: known.entry.decision))
                }
                return logged
            }
            return (tally, body, logged)
        }
    }

    /// The bytes a result's place takes, pretty-printed, besides its id: the `location` key
    /// and object with the body's name, a line and a column.
    private static let placeRoom = 128
}
