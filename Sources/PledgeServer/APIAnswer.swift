import NIOCore
import NIOHTTP1

/// An answer of the decision API as the connection writes it: a status, its header fields
/// already written as they go on the wire (`Name: value\r\n` each), and the whole body (every
/// answer of the API is one buffer). The connection adds the status line, `Date`, `Server`,
/// `Content-Length` and, when it closes, `Connection: close` (``AnswerHead``).
struct APIAnswer: Sendable {
    var status: HTTPResponseStatus
    /// The answer's own header fields, each `Name: value\r\n`.
    var fields: [UInt8]
    var body: ByteBuffer

    init(status: HTTPResponseStatus = .ok, fields: [UInt8], body: ByteBuffer) {
        self.status = status
        self.fields = fields
        self.body = body
    }

    /// An answer whose fields are given by name.
    init(status: HTTPResponseStatus = .ok, headers: HTTPHeaders, body: ByteBuffer) {
        var fields: [UInt8] = []
        for (name, value) in headers { Self.add(name, value, to: &fields) }
        self.init(status: status, fields: fields, body: body)
    }

    /// Appends `name: value\r\n`. Names and values are the server's own or checked (a
    /// request id); a control character that slipped into one (a rule file's name) is left
    /// out, so no value can end the field or the head.
    static func add(_ name: String, _ value: String, to fields: inout [UInt8]) {
        fields += name.utf8
        fields += ": ".utf8
        for byte in value.utf8 where byte >= 0x20 && byte != 0x7F { fields.append(byte) }
        fields += "\r\n".utf8
    }
}

/// What an endpoint makes of a request: its answer now, or — when the decision log must make
/// room first — the work that waits for it and then answers (run as a task; the connection
/// reads nothing more until it is answered).
enum APIReply: Sendable {
    case now(APIAnswer)
    case later(@Sendable () async throws -> APIAnswer)
}
