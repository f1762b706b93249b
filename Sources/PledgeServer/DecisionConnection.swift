import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// How each accepted connection is served: HummingbirdCore's server accepts it (and closes
/// it on a graceful shutdown once its answer is out), SwiftNIO parses HTTP/1.1, and
/// ``DecisionConnection`` answers each request on the connection's event loop as its last
/// part arrives — no task, no async stream per request. Hummingbird's own HTTP/1.1 channel
/// hands each request to a task through an async channel; on this API, whose answers are
/// decided in microseconds, that hand-over cost more than the answer (see README, "The
/// decision API under load").
struct DecisionChannel: ServerChildChannel {
    struct Value: ServerChildChannelValue {
        let channel: any Channel
    }

    let api: DecisionAPI
    let maxBodyBytes: Int
    /// A request head must arrive within this time of connecting or of the last answer, and
    /// a body must not stall longer (HummingbirdCore's idle timeout).
    let idleTimeout: Duration
    let bodyTimeout: Duration

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            let pipeline = channel.pipeline.syncOperations
            // Pipelined requests wait in SwiftNIO until the one before is answered; a request
            // that does not parse gets a 400 and the connection is closed.
            try pipeline.configureHTTPServerPipeline(withPipeliningAssistance: true, withErrorHandling: true)
            try pipeline.addHandler(HTTP1ToHTTPServerCodec(secure: false))
            try pipeline.addHandler(HTTPConnectionStateHandler(idleTimeout: idleTimeout, logger: logger))
            try pipeline.addHandler(DecisionConnection(api: api, maxBodyBytes: maxBodyBytes, bodyTimeout: bodyTimeout))
            return Value(channel: channel)
        }
    }

    /// The connection is served by its handlers; this waits for it to close.
    func handle(value: Value, logger: Logger) async {
        try? await value.channel.closeFuture.get()
    }
}

/// One connection's requests, read and answered on its event loop: the head and body
/// gathered (the body refused when larger than the limit, 413, or slower than the body
/// timeout, 408 — both close the connection), then ``DecisionAPI`` answers. An answer that
/// waits for the decision log is written when the log has taken its lines.
final class DecisionConnection: ChannelInboundHandler {
    typealias InboundIn = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    private let api: DecisionAPI
    private let maxBodyBytes: Int
    private let bodyTimeout: Duration

    private var head: HTTPRequest?
    private var body = ByteBuffer()
    private var deadline = ContinuousClock.now
    /// The request was refused before its end arrived: the rest of it is ignored.
    private var refused = false
    /// An answer is being decided or written; the peer closed its side meanwhile.
    private var answering = false
    private var inputClosed = false

    init(api: DecisionAPI, maxBodyBytes: Int, bodyTimeout: Duration) {
        self.api = api
        self.maxBodyBytes = maxBodyBytes
        self.bodyTimeout = bodyTimeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            head = request
            body.clear()
            refused = false
            deadline = .now + bodyTimeout
        case .body(var chunk):
            guard !refused else { return }
            if body.readableBytes + chunk.readableBytes > maxBodyBytes {
                return refuse(APIError(status: .contentTooLarge, code: "body_too_large",
                                       message: "the request body is larger than \(maxBodyBytes) bytes"), context)
            }
            if ContinuousClock.now > deadline {
                return refuse(APIError(status: .requestTimeout, code: "body_timeout",
                                       message: "the request body took longer than \(Self.seconds(bodyTimeout)) s"), context)
            }
            // The first chunk is kept as it came (a small body arrives whole): no copy.
            if body.readableBytes == 0 { body = chunk } else { body.writeBuffer(&chunk) }
        case .end:
            guard !refused, let request = head else { return }
            head = nil
            answering = true
            let closes = request.headerFields[.connection]?.lowercased() == "close"
            switch api.respond(to: request, body: body) {
            case .now(let answer):
                write(answer, closing: closes, context)
            case .later(let work):
                // Written back on the connection's event loop, where its handlers live.
                let connection = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                let api = api, loop = context.eventLoop
                Task {
                    let answer = (try? await work()) ?? api.refusal(APIError(status: .internalServerError, code: "internal",
                                                                             message: "the server failed to answer; see its standard error"))
                    loop.execute { connection.value.0.write(answer, closing: closes, connection.value.1) }
                }
            }
            body = ByteBuffer()
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // The peer will send nothing more: close once its last request is answered.
        if let event = event as? ChannelEvent, event == .inputClosed {
            inputClosed = true
            if !answering { context.close(promise: nil) }
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// A request that does not parse has had its 400 from SwiftNIO; any error ends the connection.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    /// Answers before the body is read whole, and closes the connection after the answer.
    private func refuse(_ refusal: APIError, _ context: ChannelHandlerContext) {
        refused = true
        answering = true
        write(api.refusal(refusal), closing: true, context)
    }

    /// Writes the answer, then closes the connection when asked to or when the peer has.
    private func write(_ answer: APIAnswer, closing: Bool, _ context: ChannelHandlerContext) {
        var fields = answer.headers
        fields[.contentLength] = String(answer.body.readableBytes)
        if closing { fields[.connection] = "close" }
        context.write(wrapOutboundOut(.head(HTTPResponse(status: answer.status, headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(answer.body)), promise: nil)
        answering = false
        if closing || inputClosed {
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in bound.value.close(promise: nil) }
        } else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
