import Foundation
import HummingbirdCore
import NIOCore
import NIOHTTP1
import Pledge
import Synchronization

/// `POST /v1/check?policy=<id>[&version=<version>][&format=compact]`: the body is what an
/// operation file holds (one operation, or a list of them, in JSON); the answer is exactly what
/// `pledge check --format json` prints for it, or with `format=compact` the decisions alone
/// (``CompactCheckReporter``). Every decision is in the decision log before
/// the answer leaves; a request whose decisions cannot be logged is refused (503), not answered.
/// While the log is behind, a request waits for room in it, up to the log's bound. The body
/// arrives read whole: the connection (``DecisionConnection``) bounds its size and time.
struct CheckEndpoint: Sendable {
    let store: RuleSetStore
    let log: DecisionLog?
    let metrics: ServerMetrics
    let maxBatch: Int

    /// The name the body is given in located errors (`request:3:14: unknown data …`).
    static let bodyName = "request"

    /// The answer to `request`, whose body the connection has read whole (within the body's
    /// size and time limits): at once when the decisions' log lines fit in the log, else once
    /// the log has made room for them.
    func respond(_ request: HTTPRequestHead, body: ByteBuffer) throws -> APIReply {
        let query = URI(request.uri).queryParameters
        guard let id = query["policy"].map(String.init), !id.isEmpty else {
            throw APIError(status: .badRequest, code: "missing_policy", message: "name the policy: /v1/check?policy=<id>[&version=<version>]")
        }
        let version = query["version"].map(String.init)
        let compact: Bool
        switch query["format"] {
        case nil, "json": compact = false
        case "compact": compact = true
        case let other?:
            throw APIError(status: .badRequest, code: "unknown_format", message: "no answer format '\(other)'; format=json (the default) or format=compact")
        }
        // One rule set for the whole request, whatever reloads meanwhile.
        guard let policy = store.current.policy(id, version: version) else {
            throw APIError(status: .notFound, code: "unknown_policy",
                           message: "no policy '\(id)'" + (version.map { " at version '\($0)'" } ?? "") + "; see /v1/policies")
        }
        let started = ContinuousClock.now
        let operations: [Pledge.Operation]
        do {
            operations = try OperationFile.decode(bytes: Array(body.readableBytesView), file: Self.bodyName, terms: policy.operationTerms)
        } catch let error as PledgeError {
            throw APIError(status: .badRequest, code: "invalid_operations",
                           message: "the request body is not a valid operation or list of operations", errors: error.diagnostics)
        }
        if operations.count > maxBatch {
            throw APIError(status: .payloadTooLarge, code: "batch_too_large",
                           message: "\(operations.count) operations in one request; the server takes at most \(maxBatch)")
        }
        let requestID = Self.requestID(request.headers)
        let logLine = log.map { _ in DecisionLogLine(time: LogTime.now(), requestID: requestID, policy: policy) }
        let answer = compact
            ? CheckAnswer(operations, on: policy, in: CompactCheckReporter(), cache: policy.compactAnswers, log: logLine)
            : CheckAnswer(operations, on: policy, in: CheckJSONReporter(), cache: policy.answers, log: logLine)
        var fields = policy.answerFields
        // The id is plain printable ASCII (`requestID(_:)`): written as it is.
        fields += Self.requestIDFieldStart
        fields += requestID.utf8
        fields += "\r\n".utf8
        let reply = APIAnswer(fields: fields, body: answer.body)
        guard let log, let logged = answer.logged else {
            recordCheck(policy, answer.tally, since: started)
            return .now(reply)
        }
        do {
            if try log.takeAtOnce(byteCount: logged.byteCount, logged.write(into:)) {
                recordCheck(policy, answer.tally, since: started)
                return .now(reply)
            }
        } catch {
            throw logRefusal(error, log)
        }
        // The log is behind: wait (suspended, not holding the event loop) for room.
        return .later { [self] in
            do {
                if try await log.append(logged.lines) { metrics.recordLogWait() }
            } catch let error as DecisionLog.Refusal {
                throw logRefusal(error, log)
            }
            recordCheck(policy, answer.tally, since: started)
            return reply
        }
    }

    private func recordCheck(_ policy: ServedPolicy, _ tally: CheckTally, since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        metrics.recordCheck(policy: policy.id, tally: tally,
                            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }

    /// Why decisions whose lines the log will not take are refused, not answered.
    private func logRefusal(_ refusal: DecisionLog.Refusal, _ log: DecisionLog) -> APIError {
        switch refusal {
        case .backlogged:
            APIError(status: .serviceUnavailable, code: "decision_log_backlogged",
                     message: "the decision log could not keep up within \(log.settings.maxWait) s; no decision is answered unlogged — retry later")
        case .failed(let problem):
            APIError(status: .serviceUnavailable, code: "decision_log_failed",
                     message: "the decision log failed (\(problem)); no decision is answered unlogged")
        }
    }

    static let requestIDField = "X-Request-Id"
    private static let requestIDFieldStart = Array("\(requestIDField): ".utf8)

    /// The caller's `X-Request-Id` when it is a plain token of at most 128 characters, else a new one.
    static func requestID(_ fields: HTTPHeaders) -> String {
        if let given = fields.first(name: requestIDField), (1...128).contains(given.utf8.count),
           given.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7f && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return given
        }
        return GeneratedRequestID.next()
    }
}

/// UTC time to the millisecond, as the decision log writes it: `2026-11-26T12:34:56.789Z`.
/// The text up to the second is written once a second.
enum LogTime {
    private static let second = Mutex<(second: Int, text: [UInt8])>((-1, []))

    static func now() -> [UInt8] {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var text = second.withLock { last in
            if last.second != now.tv_sec { last = (now.tv_sec, upToTheSecond(now.tv_sec)) }
            return last.text
        }
        let millis = Int(now.tv_nsec / 1_000_000)
        text.reserveCapacity(text.count + 5)
        text.append(UInt8(ascii: "."))
        text.append(UInt8(ascii: "0") + UInt8(millis / 100))
        text.append(UInt8(ascii: "0") + UInt8(millis / 10 % 10))
        text.append(UInt8(ascii: "0") + UInt8(millis % 10))
        text.append(UInt8(ascii: "Z"))
        return text
    }

    /// `2026-11-26T12:34:56`
    private static func upToTheSecond(_ seconds: Int) -> [UInt8] {
        var seconds = seconds
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return Array("\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))".utf8)
    }
}
