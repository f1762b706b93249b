import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// How each accepted connection is served: HummingbirdCore's server accepts it (and, on a
/// graceful shutdown, asks it to quiesce), SwiftNIO parses HTTP/1.1 requests, and
/// ``DecisionConnection`` answers each request on the connection's event loop as its last part
/// arrives and writes the answer's bytes itself (``AnswerHead``) — no task, no async stream, no
/// conversion to other HTTP types, no response encoder per request. Hummingbird's own HTTP/1.1
/// channel hands each request to a task through an async channel, and SwiftNIO's response
/// encoder, header validator and pipelining handler pass each answer's three parts through
/// four handlers; on this API, whose answers are decided in microseconds, both cost more than
/// the answer (see README, "The decision API under load").
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
            try pipeline.addHandler(ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .dropBytes)))
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

/// One connection's requests, read and answered on its event loop, in order: the head and
/// body gathered (the body refused when larger than the limit, 413, or slower than the body
/// timeout, 408 — both close the connection), then ``DecisionAPI`` answers. An answer that
/// waits for the decision log is written when the log has taken its lines; requests that
/// arrive meanwhile (pipelined) wait, and the connection reads no more until they are
/// answered. A request that does not parse is answered 400 and the connection closed. The
/// connection is closed after an answer when the request asked for it (`Connection: close`,
/// or HTTP/1.0 without keep-alive), the peer closed its side, or the server is shutting down
/// (quiescing: at once when no request is under way); and when nothing was read for the idle
/// timeout while no answer was pending.
final class DecisionConnection: ChannelDuplexHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let api: DecisionAPI
    private let maxBodyBytes: Int
    private let bodyTimeout: Duration

    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var deadline = ContinuousClock.now
    /// The request was refused before its end arrived: the rest of it is ignored.
    private var refused = false
    /// A request waits for the decision log; the parts that arrive meanwhile wait in `queued`.
    private var answering = false
    private var queued = CircularBuffer<HTTPServerRequestPart>()
    /// The pipeline asked to read while a request was waiting: read once it is answered.
    private var readHeld = false
    /// The peer closed its side: the connection closes once every request it sent is answered.
    private var inputClosed = false
    /// The server is shutting down: the connection closes after the request under way.
    private var quiescing = false
    /// The connection is closing: nothing more is read or answered.
    private var closing = false

    init(api: DecisionAPI, maxBodyBytes: Int, bodyTimeout: Duration) {
        self.api = api
        self.maxBodyBytes = maxBodyBytes
        self.bodyTimeout = bodyTimeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        let part = unwrapInboundIn(data)
        if answering || !queued.isEmpty {
            queued.append(part)
        } else {
            serve(part, context)
        }
    }

    func read(context: ChannelHandlerContext) {
        if answering { readHeld = true } else { context.read() }
    }

    private func serve(_ part: HTTPServerRequestPart, _ context: ChannelHandlerContext) {
        switch part {
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
            let closes = !request.isKeepAlive
            switch api.respond(to: request, body: body) {
            case .now(let answer):
                write(answer, to: request, closing: closes, context)
            case .later(let work):
                answering = true
                // Written back on the connection's event loop, where its handlers live.
                let connection = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                let api = api, loop = context.eventLoop
                Task {
                    let answer = (try? await work()) ?? api.refusal(APIError(status: .internalServerError, code: "internal",
                                                                             message: "the server failed to answer; see its standard error"))
                    loop.execute {
                        let (handler, context) = connection.value
                        handler.answering = false
                        handler.write(answer, to: request, closing: closes, context)
                        handler.serveQueued(context)
                    }
                }
            }
            body = ByteBuffer()
        }
    }

    /// Serves the requests that arrived while one waited, until one waits again.
    private func serveQueued(_ context: ChannelHandlerContext) {
        while !answering && !closing, let part = queued.popFirst() { serve(part, context) }
        guard !answering && !closing else { return }
        if inputClosed { return close(context) }
        if readHeld {
            readHeld = false
            context.read()
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let event as ChannelEvent where event == .inputClosed:
            // The peer will send nothing more: close once its last request is answered.
            inputClosed = true
            if !answering && queued.isEmpty { close(context) }
        case let event as IdleStateHandler.IdleStateEvent where event == .read:
            if !answering { close(context) }
        case is ChannelShouldQuiesceEvent:
            // Shutting down: finish the request under way, take no other.
            queued.removeAll()
            if answering || head != nil { quiescing = true } else { close(context) }
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    /// A request that does not parse is answered 400 (unless an answer is under way); any
    /// error ends the connection.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard !closing else { return }
        if error is HTTPParserError && !answering {
            closing = true
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: Self.badRequest))).whenComplete { _ in bound.value.close(promise: nil) }
        } else {
            close(context)
        }
    }

    private static let badRequest = Array("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n".utf8)

    /// Answers before the body is read whole, and closes the connection after the answer.
    private func refuse(_ refusal: APIError, _ context: ChannelHandlerContext) {
        refused = true
        write(api.refusal(refusal), to: head, closing: true, context)
    }

    /// Writes the answer, then closes the connection when asked to, when the peer has closed
    /// its side and sent nothing more to answer, or when the server is shutting down.
    private func write(_ answer: APIAnswer, to request: HTTPRequestHead?, closing asked: Bool, _ context: ChannelHandlerContext) {
        let closes = asked || quiescing || (inputClosed && queued.isEmpty)
        let withBody = request?.method != .HEAD
        let bytes = AnswerHead.bytes(of: answer, version: request?.version ?? .http1_1, date: api.date.fields, closing: closes,
                                     withBody: withBody, allocator: context.channel.allocator)
        if withBody && !AnswerHead.holdsBody(of: answer, withBody: withBody) {
            context.write(wrapOutboundOut(bytes), promise: nil)
            return send(answer.body, closing: closes, context)
        }
        send(bytes, closing: closes, context)
    }

    /// Writes the last bytes of an answer and flushes, then closes the connection if `closing`.
    private func send(_ bytes: ByteBuffer, closing closes: Bool, _ context: ChannelHandlerContext) {
        if closes {
            closing = true
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.writeAndFlush(wrapOutboundOut(bytes)).whenComplete { _ in bound.value.close(promise: nil) }
        } else {
            context.writeAndFlush(wrapOutboundOut(bytes), promise: nil)
        }
    }

    private func close(_ context: ChannelHandlerContext) {
        closing = true
        context.close(promise: nil)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
