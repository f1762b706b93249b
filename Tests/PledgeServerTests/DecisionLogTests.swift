import Foundation
import Testing

/// The decision log: one JSON line per decision, flushed on its interval, rotated by size,
/// and complete after a graceful shutdown.
@Suite struct DecisionLogTests {
    let rules = ServerProcess.fixtures.appendingPathComponent("rules").path

    static func lines(_ file: URL) throws -> [[String: Any]] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map {
            guard let object = try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] else {
                throw ServerProcess.Failure(description: "not a JSON object: \($0)")
            }
            return object
        }
    }

    @Test func aLineHoldsTheDecisionItsRulesAndItsRequest() async throws {
        let folder = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("decisions.log")
        let server = try await ServerProcess(["--rules", rules, "--decision-log", log.path, "--log-flush", "0.1"])
        let answer = try await server.check(#"{"id": "x\"y", "action": "share", "data": ["user.contact.email"], "recipient": "third_party"}"#,
                                            headers: ["X-Request-Id": "req-42"])
        #expect(answer.header("X-Request-Id") == "req-42")
        // Written within the flush interval, without any shutdown.
        try await ServerProcess.poll("the line to be flushed", timeout: ServerProcess.patience) { try !Self.lines(log).isEmpty }
        let line = try #require(try Self.lines(log).first)
        #expect(line["request_id"] as? String == "req-42")
        #expect(line["policy"] as? String == "shop")
        #expect(line["version"] as? String == "2025-06-01")
        #expect((line["rules_sha256"] as? String)?.count == 64)
        #expect(line["outcome"] as? String == "deny")
        #expect(line["deciding"] as? [String] == ["no-sharing"])
        let operation = try #require(line["operation"] as? [String: Any])
        #expect(operation["id"] as? String == "x\"y")
        #expect(operation["recipient"] as? String == "third_party")
        #expect(operation["identifiability"] as? String == "identified")
        // UTC to the millisecond, and now.
        let time = try #require(line["time"] as? String)
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"
        let date = try #require(format.date(from: time), "\(time)")
        #expect(time.count == 24 && abs(date.timeIntervalSinceNow) < 120, "\(time)")
    }

    @Test func aRepeatedOperationIsLoggedWithItsOwnIdAndRequest() async throws {
        // The server writes a line's operation and decision once per distinct operation; each
        // line must still carry its own request, and its own id or none.
        let folder = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("decisions.log")
        let server = try await ServerProcess(["--rules", rules, "--decision-log", log.path, "--log-flush", "3600"])
        let batch = #"[{"id": "a\"b", "action": "share", "data": ["user.contact.email"], "recipient": "third_party"}, {"action": "share", "data": ["user.contact.email"], "recipient": "third_party"}]"#
        _ = try await server.check(batch, headers: ["X-Request-Id": "given"])
        let second = try await server.check(batch)
        let third = try await server.check(batch)
        // Without an X-Request-Id, each request gets one of its own: the run's 16 hex digits and a count.
        let generated = [second.header("X-Request-Id"), third.header("X-Request-Id")].compactMap { $0 }
        #expect(generated.count == 2 && generated[0] != generated[1])
        #expect(generated.allSatisfy { $0.wholeMatch(of: /[0-9a-f]{16}-[0-9]+/) != nil }, "\(generated)")
        #expect(try await server.terminate() == 0)
        let lines = try Self.lines(log)
        #expect(lines.map { $0["request_id"] as? String } == ["given", "given"] + generated.flatMap { [$0, $0] })
        let operations = lines.compactMap { $0["operation"] as? [String: Any] }
        #expect(operations.map { $0["id"] as? String } == [#"a"b"#, nil, #"a"b"#, nil, #"a"b"#, nil])
        #expect(operations.allSatisfy { $0["action"] as? String == "share" && $0["recipient"] as? String == "third_party" })
        #expect(lines.allSatisfy { $0["outcome"] as? String == "deny" && $0["deciding"] as? [String] == ["no-sharing"] })
    }

    @Test func sigTermLosesNoLineOfAnAnsweredRequest() async throws {
        let folder = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("decisions.log")
        // A flush interval far longer than the test: only the shutdown writes the lines.
        let server = try await ServerProcess(["--rules", rules, "--decision-log", log.path, "--log-flush", "3600"])
        let batch = #"[{"action": "collect", "data": ["user.contact.email"], "purpose": "essential"}, {"action": "share", "data": ["user"], "recipient": "third_party"}]"#
        let answered = try await withThrowingTaskGroup(of: String?.self) { group in
            for i in 0..<8 {
                group.addTask {
                    var ids: [String] = []
                    for j in 0..<25 {
                        let id = "r\(i)-\(j)"
                        if try await server.check(batch, headers: ["X-Request-Id": id]).status == 200 { ids.append(id) }
                    }
                    return ids.joined(separator: " ")
                }
            }
            var all: [String] = []
            for try await ids in group { all += (ids ?? "").split(separator: " ").map(String.init) }
            return all
        }
        #expect(answered.count == 200)
        #expect(try Self.lines(log).isEmpty, "nothing written before the shutdown")
        #expect(try await server.terminate() == 0)
        let lines = try Self.lines(log)
        #expect(lines.count == 400)
        var perRequest: [String: [String]] = [:]
        for line in lines { perRequest[line["request_id"] as? String ?? "", default: []].append(line["outcome"] as? String ?? "") }
        #expect(Set(perRequest.keys) == Set(answered))
        #expect(perRequest.values.allSatisfy { $0 == ["allow", "deny"] })
    }

    @Test func theLogRotatesBySizeAndKeepsEveryLineAcrossItsFiles() async throws {
        let folder = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("decisions.log")
        let server = try await ServerProcess(["--rules", rules, "--decision-log", log.path, "--log-flush", "0.05",
                                        "--log-rotate-bytes", "4000", "--log-keep", "50"])
        let op = #"{"action": "collect", "data": ["user.contact.email"], "purpose": "essential"}"#
        for i in 0..<60 {
            _ = try await server.check(op, headers: ["X-Request-Id": "n\(i)"])
            // Let the writer take a few lines at a time, so rotation happens between writes.
            if i % 10 == 9 { try await ServerProcess.poll("a flush", timeout: ServerProcess.patience) { try Self.lines(log).count > 0 } }
        }
        #expect(try await server.terminate() == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("decisions.log") }
        #expect(files.count > 2, "\(files)")
        var ids: [String] = []
        for name in files {
            let url = folder.appendingPathComponent(name)
            let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
            // A file is rotated between lines before it would grow past the limit.
            #expect(size <= 4000, "\(name): \(size) bytes")
            ids += try Self.lines(url).compactMap { $0["request_id"] as? String }
        }
        #expect(ids.sorted() == (0..<60).map { "n\($0)" }.sorted())
    }
}
