import Foundation
import HTTPTypes
import HummingbirdCore
import Pledge

/// `POST /v1/check?policy=<id>[&version=<version>][&format=compact]`: the body is what an
/// operation file holds (one operation, or a list of them, in JSON); the answer is exactly what
/// `pledge check --format json` prints for it, or with `format=compact` the decisions alone
/// (``CompactCheckReporter``). Every decision is in the decision log before
/// the answer leaves; a request whose decisions cannot be logged is refused (503), not answered.
/// While the log is behind, a request waits for room in it, up to the log's bound.
struct CheckEndpoint: Sendable {
    let store: RuleSetStore
    let log: DecisionLog?
    let metrics: ServerMetrics
    let maxBodyBytes: Int
    let maxBatch: Int
    let bodyTimeout: Double

    /// The name the body is given in located errors (`request:3:14: unknown data …`).
    static let bodyName = "request"

    func respond(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
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
        let body = try await readBody(request)
        let started = ContinuousClock.now
        let operations: [Pledge.Operation]
        do {
            operations = try OperationFile.decode(bytes: body, file: Self.bodyName, terms: policy.operationTerms)
        } catch let error as PledgeError {
            throw APIError(status: .badRequest, code: "invalid_operations",
                           message: "the request body is not a valid operation or list of operations", errors: error.diagnostics)
        }
        if operations.count > maxBatch {
            throw APIError(status: .contentTooLarge, code: "batch_too_large",
                           message: "\(operations.count) operations in one request; the server takes at most \(maxBatch)")
        }
        let requestID = Self.requestID(request)
        let logLine = log.map { _ in DecisionLogLine(time: LogTime.now(), requestID: requestID, policy: policy) }
        let answer = compact
            ? CheckAnswer(operations, on: policy, in: CompactCheckReporter(), cache: policy.compactAnswers, log: logLine)
            : CheckAnswer(operations, on: policy, in: CheckJSONReporter(), cache: policy.answers, log: logLine)
        if let log { try await record(answer.logLines, in: log) }
        let elapsed = ContinuousClock.now - started
        metrics.recordCheck(policy: policy.id, tally: answer.tally,
                            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        return Response(
            status: .ok,
            headers: [.contentType: "application/json", Self.requestIDField: requestID,
                      Self.versionField: policy.version, Self.rulesSHA256Field: policy.rulesSHA256],
            body: .init(byteBuffer: answer.body))
    }

    /// The body, refused when larger than the limit or slower than the body timeout (the
    /// connection's idle timeout bounds each wait between chunks).
    private func readBody(_ request: Request) async throws -> [UInt8] {
        let deadline = ContinuousClock.now + .milliseconds(Int(bodyTimeout * 1000))
        var bytes: [UInt8] = []
        for try await chunk in request.body {
            if bytes.count + chunk.readableBytes > maxBodyBytes {
                throw APIError(status: .contentTooLarge, code: "body_too_large",
                               message: "the request body is larger than \(maxBodyBytes) bytes")
            }
            bytes += chunk.readableBytesView
            if ContinuousClock.now > deadline {
                throw APIError(status: .requestTimeout, code: "body_timeout", message: "the request body took longer than \(bodyTimeout) s")
            }
        }
        return bytes
    }

    /// Hands the lines to the log, waiting (suspended, not holding the event loop) while the
    /// log is behind; refuses the request when they cannot be logged.
    private func record(_ lines: [UInt8], in log: DecisionLog) async throws {
        do {
            if try await log.append(lines) { metrics.recordLogWait() }
        } catch .backlogged {
            throw APIError(status: .serviceUnavailable, code: "decision_log_backlogged",
                           message: "the decision log could not keep up within \(log.settings.maxWait) s; no decision is answered unlogged — retry later")
        } catch .failed(let problem) {
            throw APIError(status: .serviceUnavailable, code: "decision_log_failed",
                           message: "the decision log failed (\(problem)); no decision is answered unlogged")
        }
    }

    static let requestIDField = HTTPField.Name("X-Request-Id")!
    static let versionField = HTTPField.Name("Pledge-Policy-Version")!
    static let rulesSHA256Field = HTTPField.Name("Pledge-Rules-SHA256")!

    /// The caller's `X-Request-Id` when it is a plain token of at most 128 characters, else a new one.
    static func requestID(_ request: Request) -> String {
        if let given = request.headers[requestIDField], (1...128).contains(given.utf8.count),
           given.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7f && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return given
        }
        return GeneratedRequestID.next()
    }
}

/// UTC time to the millisecond, as the decision log writes it: `2026-11-26T12:34:56.789Z`.
enum LogTime {
    static func now() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let millis = Int(now.tv_nsec / 1_000_000)
        let ms = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(ms)Z"
    }
}
