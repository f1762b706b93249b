import Foundation
import Testing

/// When the decision log's writer is behind, a request waits for room in the log, then is
/// answered with its lines in the log; one that finds no room within `--log-max-wait` is
/// refused with 503, and its lines never reach the log. Never an answer without its lines.
/// The log is a named pipe the test reads or not: a disk that stalls, or that is stuck.
@Suite struct DecisionLogBackpressureTests {
    let rules = ServerProcess.fixtures.appendingPathComponent("rules").path

    /// 100 operations: about 30 KB of log lines, so that a few requests fill the pipe (64 KiB)
    /// and the log's buffer (40,000 bytes here).
    static let batch = "[" + Array(repeating: #"{"action": "collect", "data": ["user.contact.email"], "purpose": "essential"}"#, count: 100)
        .joined(separator: ",") + "]"

    func start(_ pipe: LogPipe, maxWait: Double) async throws -> ServerProcess {
        try await ServerProcess(["--rules", rules, "--decision-log", pipe.url.path, "--log-flush", "0.05",
                                 "--log-max-pending", "40000", "--log-max-wait", String(maxWait)])
    }

    /// Each request id in the log, with how many lines it has.
    static func linesPerRequest(_ lines: [[String: Any]]) -> [String: Int] {
        var count: [String: Int] = [:]
        for line in lines { count[line["request_id"] as? String ?? "", default: 0] += 1 }
        return count
    }

    @Test func requestsWaitForAStalledLogAndAreAnsweredOnceTheirLinesAreTaken() async throws {
        let folder = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = try LogPipe(in: folder)
        let server = try await start(pipe, maxWait: ServerProcess.patience)
        let answered = Counter()
        let clients = Task {
            try await withThrowingTaskGroup(of: [Int].self) { group in
                for client in 0..<4 {
                    group.addTask {
                        var statuses: [Int] = []
                        for n in 0..<4 {
                            statuses.append(try await server.check(Self.batch, headers: ["X-Request-Id": "c\(client)-\(n)"]).status)
                            answered.add()
                        }
                        return statuses
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
        }
        // The pipe and the log's two buffers hold the lines of a few requests (~170 KB of the
        // 16 requests' ~480 KB); the rest must wait, neither answered nor refused.
        try await ServerProcess.poll("a first answer", timeout: ServerProcess.patience) { answered.value > 0 }
        try await Task.sleep(for: .seconds(1))
        let beforeDraining = answered.value
        #expect(beforeDraining < 16, "every request was answered while the log could not take their lines")
        pipe.drain()
        let statuses = try await clients.value
        #expect(statuses == Array(repeating: 200, count: 16), "\(statuses)")
        // The requests in flight when the pipe was drained had waited, and are counted.
        let metrics = try await server.send("GET", "/metrics").text
        let waits = metrics.split(separator: "\n").first { $0.hasPrefix("pledge_decision_log_waits_total ") }
        #expect((waits?.split(separator: " ").last).flatMap { Int($0) } ?? 0 > 0, "\(waits ?? "no waits counted")")
        #expect(try await server.terminate() == 0)
        let perRequest = Self.linesPerRequest(try await pipe.lines())
        let ids = (0..<4).flatMap { client in (0..<4).map { "c\(client)-\($0)" } }
        #expect(perRequest == Dictionary(uniqueKeysWithValues: ids.map { ($0, 100) }))
    }

    @Test func aRequestThatFindsNoRoomWithinTheBoundIsRefusedAndNotLogged() async throws {
        let folder = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = try LogPipe(in: folder)
        let server = try await start(pipe, maxWait: 0.5)
        var answered: [String] = []
        var refusal: (id: String, code: String?, waited: Duration)?
        for n in 0..<20 where refusal == nil {
            let id = "s\(n)"
            let started = ContinuousClock.now
            let answer = try await server.check(Self.batch, headers: ["X-Request-Id": id])
            if answer.status == 200 {
                answered.append(id)
            } else {
                #expect(answer.status == 503, "\(answer.status): \(answer.text)")
                refusal = (id, try answer.json()["code"] as? String, ContinuousClock.now - started)
            }
        }
        let refused = try #require(refusal, "the log never filled: \(answered.count) answered")
        #expect(refused.code == "decision_log_backlogged")
        #expect(refused.waited >= .milliseconds(500), "refused after \(refused.waited), before the bound")
        #expect(answered.count >= 2, "the pipe and the buffer hold more than one request's lines")
        // Once the log is written again, requests are answered again.
        pipe.drain()
        let after = try await server.check(Self.batch, headers: ["X-Request-Id": "after"])
        #expect(after.status == 200)
        answered.append("after")
        #expect(try await server.terminate() == 0)
        // Every answered request has all its lines, and the refused one none.
        let perRequest = Self.linesPerRequest(try await pipe.lines())
        #expect(perRequest == Dictionary(uniqueKeysWithValues: answered.map { ($0, 100) }))
    }

    @Test func pipelinedRequestsWaitingForTheLogAreAnsweredInOrder() async throws {
        let folder = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = try LogPipe(in: folder)
        let server = try await start(pipe, maxWait: ServerProcess.patience)
        // Eight requests on one connection, sent at once: their ~240 KB of lines pass what the
        // pipe and the log's buffers hold, so the later ones wait for the log — and those
        // behind them on the connection wait their turn.
        let ids = (0..<8).map { "p\($0)" }
        let connection = try RawConnection(port: server.port)
        try connection.send(ids.map { id in
            "POST /v1/check?policy=shop&format=compact HTTP/1.1\r\nHost: x\r\nX-Request-Id: \(id)\r\n"
                + (id == ids.last ? "Connection: close\r\n" : "") + "Content-Length: \(Self.batch.utf8.count)\r\n\r\n\(Self.batch)"
        }.joined())
        try await Task.sleep(for: .seconds(1))
        pipe.drain()
        let text = try #require(try connection.readUntilClosed(timeout: ServerProcess.patience))
        let answers = try ConnectionTests.answers(text)
        #expect(answers.map { $0.head.first } == Array(repeating: "HTTP/1.1 200 OK", count: 8))
        #expect(answers.map { $0.head.first { $0.hasPrefix("X-Request-Id: ") } } == ids.map { "X-Request-Id: \($0)" })
        // Some of them did wait for the log.
        let metrics = try await server.send("GET", "/metrics").text
        let waits = metrics.split(separator: "\n").first { $0.hasPrefix("pledge_decision_log_waits_total ") }
        #expect((waits?.split(separator: " ").last).flatMap { Int($0) } ?? 0 > 0, "\(waits ?? "no waits counted")")
        #expect(try await server.terminate() == 0)
        #expect(Self.linesPerRequest(try await pipe.lines()) == Dictionary(uniqueKeysWithValues: ids.map { ($0, 100) }))
    }
}

/// A count shared by concurrent clients.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
