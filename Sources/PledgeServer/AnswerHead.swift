import NIOCore
import NIOHTTP1

/// An answer as HTTP/1.1 bytes, written by hand: the status line,
/// `Date` and `Server` (``HTTPDate``), the answer's own fields, `Content-Length`, and
/// `Connection: close` when the connection closes after it. SwiftNIO's response encoder, its
/// header validation and its pipelining handler cost a single decision more than deciding it
/// (see README, "The decision API under load"); every field here is the server's own.
enum AnswerHead {
    private static let ok11 = Array("HTTP/1.1 200 OK\r\n".utf8)
    private static let contentLength = Array("Content-Length: ".utf8)
    private static let close = Array("Connection: close\r\n".utf8)
    private static let end = Array("\r\n\r\n".utf8)

    /// A body up to this size is copied behind its head, so that the answer is one buffer and
    /// one `write`; a larger one (a batch's) is sent as it is, after its head.
    private static let copiedBodyBytes = 16 << 10

    /// Whether ``bytes(of:version:date:closing:withBody:allocator:)`` holds the body too.
    static func holdsBody(of answer: APIAnswer, withBody: Bool) -> Bool {
        withBody && answer.body.readableBytes <= copiedBodyBytes
    }

    /// The answer's head, and its body in the same buffer when it is small; without its body
    /// for a `HEAD` request (its length still given).
    static func bytes(of answer: APIAnswer, version: HTTPVersion, date: [UInt8], closing: Bool, withBody: Bool,
                      allocator: ByteBufferAllocator) -> ByteBuffer {
        let length = answer.body.readableBytes
        let copied = holdsBody(of: answer, withBody: withBody)
        var buffer = allocator.buffer(capacity: 192 + date.count + answer.fields.count + (copied ? length : 0))
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
        if copied { buffer.writeImmutableBuffer(answer.body) }
        return buffer
    }
}
