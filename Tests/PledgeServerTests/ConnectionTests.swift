import Foundation
import Testing

/// One connection's requests, as a client that keeps it open sends them: pipelined requests
/// answered in order, and the connection ended when the client asks (`Connection: close`, or
/// HTTP/1.0 without keep-alive), when it closes its side, when a request does not parse, when
/// a body is refused and when the server shuts down; every answer framed by its length.
@Suite struct ConnectionTests {
    let server: ServerProcess

    init() async throws {
        server = try await ServerProcess(["--rules", ServerProcess.fixtures.appendingPathComponent("rules").path, "--max-body", "2000",
                                          // Idle connections are cut off only after a minute: each close below is the server's answer to
                                          // what the client did, within the few seconds a test waits for it.
                                          "--header-timeout", "60"])
    }

    static func check(_ id: String, _ extraFields: String = "") -> String {
        let body = #"{"id": "\#(id)", "action": "share", "data": ["user.contact.email"], "recipient": "third_party"}"#
        return "POST /v1/check?policy=shop&format=compact HTTP/1.1\r\nHost: x\r\n\(extraFields)Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    /// Each answer's status line, in the order they came (an answer's body ends with a newline,
    /// so the next answer starts on a line of its own).
    static func statusLines(_ text: String) -> [String] {
        text.components(separatedBy: .newlines).filter { $0.hasPrefix("HTTP/1.1 ") }
    }

    @Test func pipelinedRequestsAreAnsweredInOrderAndCloseEndsTheConnection() async throws {
        let connection = try RawConnection(port: server.port)
        try connection.send(Self.check("first") + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n" + Self.check("last", "Connection: close\r\n"))
        let text = try #require(try connection.readUntilClosed(timeout: 5), "the connection was not closed after Connection: close")
        #expect(Self.statusLines(text) == ["HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK"], "\(text)")
        let first = try #require(text.range(of: #""id":"first""#)), health = try #require(text.range(of: #""status""#))
        let last = try #require(text.range(of: #""id":"last""#))
        #expect(first.lowerBound < health.lowerBound && health.lowerBound < last.lowerBound)
    }

    @Test func aClientThatClosesItsSideIsAnsweredThenDisconnected() async throws {
        let connection = try RawConnection(port: server.port)
        try connection.send(Self.check("only"))
        connection.finishSending()
        let text = try #require(try connection.readUntilClosed(timeout: 5))
        #expect(Self.statusLines(text) == ["HTTP/1.1 200 OK"])
        #expect(text.contains(#""id":"only""#))
    }

    @Test func anHTTP10RequestWithoutKeepAliveIsAnsweredThenDisconnected() async throws {
        let connection = try RawConnection(port: server.port)
        try connection.send("GET /health HTTP/1.0\r\n\r\n")
        let text = try #require(try connection.readUntilClosed(timeout: 5), "the connection stayed open")
        #expect(text.hasPrefix("HTTP/1.0 200 OK"), "\(text)")
    }

    @Test func aRequestThatDoesNotParseIs400AndEndsTheConnection() async throws {
        let connection = try RawConnection(port: server.port)
        try connection.send("NOT HTTP AT ALL\r\n\r\n")
        let text = try #require(try connection.readUntilClosed(timeout: 5), "the connection stayed open")
        #expect(text.hasPrefix("HTTP/1.1 400"), "\(text)")
    }

    @Test func aBodyOverTheLimitIs413AndNothingAfterItOnTheConnectionIsRead() async throws {
        let connection = try RawConnection(port: server.port)
        let body = String(repeating: "x", count: 5000)
        try connection.send("POST /v1/check?policy=shop HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n\(body)"
                            + "GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        let text = try #require(try connection.readUntilClosed(timeout: 5), "the connection stayed open")
        #expect(Self.statusLines(text) == ["HTTP/1.1 413 Payload Too Large"], "\(text)")
        #expect(text.contains("body_too_large"))
    }

    /// The answers on a connection, read by their framing alone: each head up to its blank
    /// line, then as many bytes as its `Content-Length` says (none after a `HEAD` request's
    /// head, whose length is that of the body it would have had).
    static func answers(_ text: String, heads: Set<Int> = []) throws -> [(head: [String], body: String)] {
        var rest = Substring(text)
        var answers: [(head: [String], body: String)] = []
        while !rest.isEmpty {
            let end = try #require(rest.range(of: "\r\n\r\n"), "an answer without the end of its head: \(rest)")
            let head = rest[..<end.lowerBound].components(separatedBy: "\r\n")
            let length = try #require(head.first { $0.lowercased().hasPrefix("content-length: ") }
                .flatMap { Int($0.dropFirst("content-length: ".count)) }, "no Content-Length in \(head)")
            let bodyBytes = heads.contains(answers.count) ? 0 : length
            let body = Array(rest[end.upperBound...].utf8.prefix(bodyBytes))
            try #require(body.count == bodyBytes, "\(body.count) bytes of a body of \(bodyBytes)")
            answers.append((head, String(decoding: body, as: UTF8.self)))
            rest = Substring(String(decoding: Array(rest[end.upperBound...].utf8.dropFirst(bodyBytes)), as: UTF8.self))
        }
        return answers
    }

    @Test func everyAnswerIsFramedByItsLengthAndCarriesItsFields() async throws {
        let connection = try RawConnection(port: server.port)
        try connection.send(Self.check("first", "X-Request-Id: caller-7\r\n") + "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
                            + Self.check("last", "Connection: close\r\n"))
        let text = try #require(try connection.readUntilClosed(timeout: 5), "the connection was not closed after Connection: close")
        let answers = try Self.answers(text)
        #expect(answers.map { $0.head.first } == ["HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found", "HTTP/1.1 200 OK"])
        // Each body is the whole JSON document, and nothing of the next answer.
        for answer in answers { #expect((try? JSONSerialization.jsonObject(with: Data(answer.body.utf8))) != nil, "\(answer.body)") }
        let first = Set(answers[0].head.dropFirst())
        #expect(first.contains("X-Request-Id: caller-7"))
        #expect(first.contains("Content-Type: application/json"))
        #expect(first.contains("Server: pledge-server"))
        #expect(first.contains { $0.hasPrefix("Pledge-Policy-Version: ") } && first.contains { $0.hasPrefix("Pledge-Rules-SHA256: ") })
        #expect(!first.contains("Connection: close"))
        #expect(answers[2].head.contains("Connection: close"))
        #expect(answers[1].body.contains("not_found"))
    }

    @Test func aHeadRequestGetsItsAnswersLengthButNoBody() async throws {
        let connection = try RawConnection(port: server.port)
        try connection.send("HEAD /health HTTP/1.1\r\nHost: x\r\n\r\n" + "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let text = try #require(try connection.readUntilClosed(timeout: 5), "the connection was not closed after Connection: close")
        // /health takes GET only: the HEAD is refused, its refusal's length given and its body left out.
        let answers = try Self.answers(text, heads: [0])
        #expect(answers.map { $0.head.first } == ["HTTP/1.1 405 Method Not Allowed", "HTTP/1.1 200 OK"], "\(text)")
        #expect(answers.first?.head.contains("Allow: GET") == true)
        #expect(answers.last?.body.contains(#""status""#) == true)
    }

    @Test func atShutdownAnIdleConnectionIsClosedAndTheServerExits() async throws {
        let connection = try RawConnection(port: server.port)
        try connection.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        try await ServerProcess.poll("the answer", timeout: ServerProcess.patience) { try connection.readIfAvailable() != nil }
        // The connection stays open (keep-alive, and an idle timeout of a minute); SIGTERM closes it at once.
        let started = ContinuousClock.now
        #expect(try await server.terminate() == 0)
        #expect(ContinuousClock.now - started < .seconds(30), "the server waited for the idle connection to time out")
        #expect(try connection.readUntilClosed(timeout: 5) == "")
    }
}
