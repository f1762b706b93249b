import Foundation
import Testing

/// Loopback by default, a token for anything else, and bounded waits for heads and bodies.
@Suite struct SafeDefaultsTests {
    let rules = ServerProcess.fixtures.appendingPathComponent("rules").path

    @Test func aTokenGuardsEveryEndpointButHealth() async throws {
        let folder = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let token = "s3cret-token-\(UUID().uuidString)"
        try Data((token + "\n").utf8).write(to: folder.appendingPathComponent("token"))
        let server = try await ServerProcess(["--rules", rules, "--token-file", folder.appendingPathComponent("token").path])
        let op = #"{"action": "collect", "data": ["user.contact.email"]}"#
        let none = try await server.check(op)
        #expect(none.status == 401)
        #expect(none.header("WWW-Authenticate") == "Bearer")
        #expect(try none.json()["code"] as? String == "unauthorized")
        #expect(try await server.check(op, headers: ["Authorization": "Bearer \(token)x"]).status == 401)
        #expect(try await server.check(op, headers: ["Authorization": "Bearer " + token.dropLast()]).status == 401)
        #expect(try await server.check(op, headers: ["Authorization": "Basic \(token)"]).status == 401)
        #expect(try await server.send("GET", "/metrics").status == 401)
        #expect(try await server.send("GET", "/v1/policies").status == 401)
        #expect(try await server.check(op, headers: ["Authorization": "Bearer \(token)"]).status == 200)
        #expect(try await server.send("GET", "/health").status == 200)
    }

    @Test func anAddressOtherThanLoopbackNeedsAToken() throws {
        let (status, message) = try ServerProcess.runToExit(["--rules", rules, "--host", "0.0.0.0", "--port", "0"])
        #expect(status == 2)
        #expect(message.contains("--token-file"))
    }

    @Test func rulesThatDoNotLoadStopTheStartWithTheirPlaces() throws {
        let folder = try ServerProcess.rulesCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("pledge: 1\npolicy: {id: shop}\nrules:\n  - id: x\n    effect: maybe\n".utf8)
            .write(to: folder.appendingPathComponent("shop/2026-01-01.yaml"))
        let (status, message) = try ServerProcess.runToExit(["--rules", folder.path, "--port", "0"])
        #expect(status == 2)
        // Named as the operator can open it: under the rules folder given.
        #expect(message.contains(folder.path + "/shop/2026-01-01.yaml:5:"), "\(message)")
    }

    @Test func aMissingOrEmptyRulesFolderStopsTheStart() throws {
        let empty = try ServerProcess.rulesCopy(of: nil)
        defer { try? FileManager.default.removeItem(at: empty) }
        let missing = try ServerProcess.runToExit(["--rules", empty.path + "/none"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains(empty.path + "/none: error: no such folder"), "\(missing.stderr)")
        let nothing = try ServerProcess.runToExit(["--rules", empty.path])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("no rule file"), "\(nothing.stderr)")
    }

    @Test func anAddressInUseIsExit1NamingIt() async throws {
        let first = try await ServerProcess(["--rules", rules])
        let (status, message) = try ServerProcess.runToExit(["--rules", rules, "--port", String(first.port)])
        #expect(status == 1)
        #expect(message.contains("cannot serve on 127.0.0.1:\(first.port)"), "\(message)")
        #expect(first.process.isRunning)
    }

    @Test func aHeadThatNeverCompletesIsCutOff() async throws {
        let server = try await ServerProcess(["--rules", rules, "--header-timeout", "0.5"])
        let socket = try RawConnection(port: server.port)
        try socket.send("POST /v1/check?policy=shop HTTP/1.1\r\nHost: x\r\n")
        // No blank line ever comes: the server must close the connection on its own.
        let started = Date()
        #expect(try socket.readUntilClosed(timeout: 30) != nil)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aBodyTrickledPastTheBodyTimeoutIs408() async throws {
        let server = try await ServerProcess(["--rules", rules, "--body-timeout", "0.5", "--header-timeout", "20"])
        let socket = try RawConnection(port: server.port)
        let body = #"{"action": "collect", "data": ["user.contact.email"]}"#
        try socket.send("POST /v1/check?policy=shop HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.utf8.count)\r\n\r\n")
        var answer: String?
        for byte in body {
            // Read first: on a loaded machine this task may wake after the server has answered and closed, and a write
            // then fails although the answer is already here.
            if let early = try socket.readIfAvailable() { answer = early; break }
            do { try socket.send(String(byte)) } catch { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let text = try answer ?? socket.readUntilClosed(timeout: 30) ?? ""
        #expect(text.hasPrefix("HTTP/1.1 408"), "\(text)")
        #expect(text.contains("body_timeout"))
    }
}
