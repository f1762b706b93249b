import Foundation
import Pledge

/// The server's counters, rendered as Prometheus text (exposition format 0.0.4) at `/metrics`:
/// decisions by policy and outcome, check latency as a histogram, reloads by result,
/// requests that waited for the decision log, and refused requests by error code.
package final class ServerMetrics: @unchecked Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let bounds: [Double] = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1]

    private struct DecisionKey: Hashable { var policy: String; var outcome: String }

    private let lock = NSLock()
    // Guarded by `lock`.
    private var decisions: [DecisionKey: Int] = [:]
    private var buckets = [Int](repeating: 0, count: bounds.count + 1)
    private var latencySum = 0.0
    private var checks = 0
    private var reloads: [String: Int] = ["ok": 0, "refused": 0]
    private var errors: [String: Int] = [:]
    private var logWaits = 0

    package init() {}

    /// One answered `/v1/check` request: its decisions and how long it took.
    package func recordCheck(policy: String, tally: CheckTally, seconds: Double) {
        let bucket = Self.bounds.firstIndex { seconds <= $0 } ?? Self.bounds.count
        lock.lock()
        defer { lock.unlock() }
        for (outcome, count) in [(Outcome.allow, tally.allowed), (.deny, tally.denied), (.notCovered, tally.notCovered)] where count > 0 {
            decisions[DecisionKey(policy: policy, outcome: outcome.rawValue), default: 0] += count
        }
        buckets[bucket] += 1
        latencySum += seconds
        checks += 1
    }

    package func recordReload(succeeded: Bool) {
        lock.lock()
        defer { lock.unlock() }
        reloads[succeeded ? "ok" : "refused", default: 0] += 1
    }

    /// A request whose decision log lines waited for room (the log was behind).
    package func recordLogWait() {
        lock.lock()
        defer { lock.unlock() }
        logWaits += 1
    }

    package func recordError(code: String) {
        lock.lock()
        defer { lock.unlock() }
        errors[code, default: 0] += 1
    }

    /// Everything counted so far, in the Prometheus text format.
    package func prometheusText() -> String {
        lock.lock()
        defer { lock.unlock() }
        var out = "# HELP pledge_decisions_total Decisions answered, by policy and outcome.\n# TYPE pledge_decisions_total counter\n"
        for (key, count) in decisions.sorted(by: { ($0.key.policy, $0.key.outcome) < ($1.key.policy, $1.key.outcome) }) {
            out += "pledge_decisions_total{policy=\"\(Self.label(key.policy))\",outcome=\"\(key.outcome)\"} \(count)\n"
        }
        out += "# HELP pledge_check_duration_seconds Time to answer a /v1/check request, from its body read to its answer.\n"
        out += "# TYPE pledge_check_duration_seconds histogram\n"
        var cumulative = 0
        for (i, bound) in Self.bounds.enumerated() {
            cumulative += buckets[i]
            out += "pledge_check_duration_seconds_bucket{le=\"\(bound)\"} \(cumulative)\n"
        }
        cumulative += buckets[Self.bounds.count]
        out += "pledge_check_duration_seconds_bucket{le=\"+Inf\"} \(cumulative)\n"
        out += "pledge_check_duration_seconds_sum \(latencySum)\npledge_check_duration_seconds_count \(checks)\n"
        out += "# HELP pledge_reloads_total Rule set reloads, by result (refused: the old set kept serving).\n# TYPE pledge_reloads_total counter\n"
        for (result, count) in reloads.sorted(by: { $0.key < $1.key }) { out += "pledge_reloads_total{result=\"\(result)\"} \(count)\n" }
        out += "# HELP pledge_decision_log_waits_total Checks that waited for room in the decision log (its writer was behind).\n"
        out += "# TYPE pledge_decision_log_waits_total counter\npledge_decision_log_waits_total \(logWaits)\n"
        out += "# HELP pledge_errors_total Requests refused, by error code.\n# TYPE pledge_errors_total counter\n"
        for (code, count) in errors.sorted(by: { $0.key < $1.key }) { out += "pledge_errors_total{code=\"\(code)\"} \(count)\n" }
        return out
    }

    /// A label value with `\`, `"` and newlines escaped.
    private static func label(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
