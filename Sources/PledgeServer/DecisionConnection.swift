import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// How each accepted connection is served: HummingbirdCore's server accepts it (and, on a
/// graceful shutdown, has SwiftNIO's pipelining handler close it once its answer is out),
/// SwiftNIO parses and writes HTTP/1.1, and ``DecisionConnection`` answers each request on the
/// connection's event loop as its last part arrives — no task, no async stream, no conversion
/// to other HTTP types per request. Hummingbird's own HTTP/1.1 channel hands each request to
/// a task through an async channel; on this API, whose answers are decided in microseconds,
/// that hand-over cost more than the answer (see README, "The decision API under load").
struct DecisionChannel: ServerChildChannel {
    struct Value: ServerChildChannelValue {
        let channel: any Channel
    }

    let api: DecisionAPI
    let maxBodyBytes: Int
    /// A request head must arrive within this time of connecting or of the last answer, and
    /// a body must not stall longer: nothing read for this long closes the connection.
    let idleTimeout: TimeAmount
    let bodyTimeout: Duration

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            let pipeline = channel.pipeline.syncOperations
            // Pipelined requests wait in SwiftNIO until the one before is answered; a request
            // that does not parse gets a 400 and the connection is closed.
            try pipeline.configureHTTPServerPipeline(withPipeliningAssistance: true, withErrorHandling: true)
            try pipeline.addHandler(IdleStateHandler(readTimeout: idleTimeout))
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
/// waits for the decision log is written when the log has taken its lines. The connection is
/// closed after an answer when the request asked for it (`Connection: close`, or HTTP/1.0
/// without keep-alive) or the peer closed its side, and when nothing was read for the idle
/// timeout while no answer was pending.
final class DecisionConnection: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let api: DecisionAPI
    private let maxBodyBytes: Int
    private let bodyTimeout: Duration

    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var deadline = ContinuousClock.now
    /// The request was refused before its end arrived: the rest of it is ignored.
    private var refused = false
    /// A request is being answered (decided, waiting for the log, or written).
    private var answering = false
    /// The peer closed its side: the connection closes after the answer.
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
                return refuse(APIError(status: .payloadTooLarge, code: "body_too_large",
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
            let closes = !request.isKeepAlive
            switch api.respond(to: request, body: body) {
            case .now(let answer):
                write(answer, to: request, closing: closes, context)
            case .later(let work):
                // Written back on the connection's event loop, where its handlers live.
                let connection = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                let api = api, loop = context.eventLoop
                Task {
                    let answer = (try? await work()) ?? api.refusal(APIError(status: .internalServerError, code: "internal",
                                                                             message: "the server failed to answer; see its standard error"))
                    loop.execute { connection.value.0.write(answer, to: request, closing: closes, connection.value.1) }
                }
            }
            body = ByteBuffer()
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let event as ChannelEvent where event == .inputClosed:
            // The peer will send nothing more: close once its last request is answered.
            inputClosed = true
            if !answering { context.close(promise: nil) }
        case let event as IdleStateHandler.IdleStateEvent where event == .read:
            if !answering { context.close(promise: nil) }
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    /// A request that does not parse has had its 400 from SwiftNIO; any error ends the connection.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    /// Answers before the body is read whole, and closes the connection after the answer.
    private func refuse(_ refusal: APIError, _ context: ChannelHandlerContext) {
        refused = true
        answering = true
        write(api.refusal(refusal), to: head, closing: true, context)
    }

    /// Writes the answer, then closes the connection when asked to or when the peer has.
    private func write(_ answer: APIAnswer, to request: HTTPRequestHead?, closing: Bool, _ context: ChannelHandlerContext) {
        var fields = answer.headers
        fields.add(name: "Content-Length", value: String(answer.body.readableBytes))
        if closing { fields.add(name: "Connection", value: "close") }
        let version = request?.version ?? .http1_1
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: version, status: answer.status, headers: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(answer.body))), promise: nil)
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
