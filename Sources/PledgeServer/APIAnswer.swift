import NIOCore
import NIOHTTP1

/// An answer of the decision API as the connection writes it: a status, its header fields and
/// the whole body, already written (every answer of the API is one buffer).
struct APIAnswer: Sendable {
    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: ByteBuffer

    init(status: HTTPResponseStatus = .ok, headers: HTTPHeaders, body: ByteBuffer) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// What an endpoint makes of a request: its answer now, or — when the decision log must make
/// room first — the work that waits for it and then answers (run as a task; the connection
/// reads nothing more until it is answered).
enum APIReply: Sendable {
    case now(APIAnswer)
    case later(@Sendable () async throws -> APIAnswer)
}
