import NIOCore
import NIOHTTP1

/// An answer as HTTP/1.1 bytes, head and body in one buffer, written by hand: the status line,
/// `Date` and `Server` (``HTTPDate``), the answer's own fields, `Content-Length`, and
/// `Connection: close` when the connection closes after it. SwiftNIO's response encoder, its
/// header validation and its pipelining handler cost a single decision more than deciding it
/// (see README, "The decision API under load"); every field here is the server's own.
enum AnswerHead {
    private static let ok11 = Array("HTTP/1.1 200 OK\r\n".utf8)
    private static let contentLength = Array("Content-Length: ".utf8)
    private static let close = Array("Connection: close\r\n".utf8)
    private static let end = Array("\r\n\r\n".utf8)

    /// The answer to a request of `version`, in one buffer; without its body for a `HEAD`
    /// request (its length still given).
    static func bytes(of answer: APIAnswer, version: HTTPVersion, date: [UInt8], closing: Bool, withBody: Bool,
                      allocator: ByteBufferAllocator) -> ByteBuffer {
        let length = answer.body.readableBytes
        var buffer = allocator.buffer(capacity: 192 + date.count + answer.fields.count + (withBody ? length : 0))
        if version == .http1_1 && answer.status == .ok {
            buffer.writeBytes(ok11)
        } else {
            buffer.writeString("HTTP/\(version.major).\(version.minor) \(answer.status.code) \(answer.status.reasonPhrase)\r\n")
        }
        buffer.writeBytes(date)
        buffer.writeBytes(answer.fields)
        if closing { buffer.writeBytes(close) }
        buffer.writeBytes(contentLength)
        buffer.writeString(String(length))
        buffer.writeBytes(end)
        if withBody { buffer.writeImmutableBuffer(answer.body) }
        return buffer
    }
}
