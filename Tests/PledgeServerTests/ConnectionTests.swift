import Foundation
import Testing

/// One connection's requests, as a client that keeps it open sends them: pipelined requests
/// answered in order, and the connection ended when the client asks (`Connection: close`, or
/// HTTP/1.0 without keep-alive), when it closes its side, when a request does not parse and
/// when a body is refused.
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
}
