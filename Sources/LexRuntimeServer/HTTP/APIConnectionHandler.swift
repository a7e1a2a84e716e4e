import NIOCore
import NIOHTTP1

/// The HTTP handler of a connection: gathers each request (refusing bodies over the limit with 413
/// and closing), hands it to the API off the event loop, writes the answer and logs the request.
final class APIConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let api: LexRuntimeAPI
    private let maximumBodyBytes: Int
    private let log: @Sendable (RequestLogEntry) -> Void
    private let inFlight: InFlightRequests
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var refused = false

    init(
        api: LexRuntimeAPI, maximumBodyBytes: Int, inFlight: InFlightRequests,
        log: @escaping @Sendable (RequestLogEntry) -> Void
    ) {
        self.api = api
        self.maximumBodyBytes = maximumBodyBytes
        self.inFlight = inFlight
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body.clear()
            refused = false
            if let length = requestHead.headers.first(name: "Content-Length").flatMap(Int.init),
                length > maximumBodyBytes
            {
                refuseLarge(requestHead, context: context)
            }
        case .body(var buffer):
            guard !refused, let requestHead = head else { return }
            if body.readableBytes + buffer.readableBytes > maximumBodyBytes {
                refuseLarge(requestHead, context: context)
            } else {
                body.writeBuffer(&buffer)
            }
        case .end:
            guard !refused, let requestHead = head else { return }
            head = nil
            context.triggerUserOutboundEvent(RequestCycleEvent.requestReceived, promise: nil)
            dispatch(requestHead, body: Array(body.readableBytesView), context: context)
            body.clear()
        }
    }

    /// A request the HTTP parser could not read: the protocol error handler before this one has
    /// answered 400; the connection cannot be trusted to find the next request, so it is closed.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    /// Answers 413 for a body over the limit and closes the connection (the rest is not read).
    private func refuseLarge(_ requestHead: HTTPRequestHead, context: ChannelHandlerContext) {
        refused = true
        head = nil
        body.clear()
        let error = LexAPIError(
            .requestTooLarge, "the request body is larger than the limit of \(maximumBodyBytes) bytes")
        var response = LexRuntimeAPI.errorResponse(error)
        let request = APIRequest(
            method: requestHead.method.rawValue, target: requestHead.uri,
            headers: requestHead.headers.map { (name: $0.name, value: $0.value) })
        api.cors.decorate(&response, for: request)
        write(response, keepAlive: false, context: context)
        log(
            RequestLogEntry(
                method: requestHead.method.rawValue, path: APIRequest(method: "", target: requestHead.uri).path,
                status: response.status, milliseconds: 0, sessionId: nil, error: response.error))
    }

    private func dispatch(_ requestHead: HTTPRequestHead, body: [UInt8], context: ChannelHandlerContext) {
        let request = APIRequest(
            method: requestHead.method.rawValue, target: requestHead.uri,
            headers: requestHead.headers.map { (name: $0.name, value: $0.value) }, body: body)
        let keepAlive = requestHead.isKeepAlive
        let started = NIODeadline.now()
        let api = self.api
        let log = self.log
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        inFlight.begin()
        let inFlight = self.inFlight
        context.eventLoop.makeFutureWithTask { await api.handle(request) }.whenComplete { result in
            defer { inFlight.end() }
            let response: APIResponse
            switch result {
            case .success(let answer): response = answer
            case .failure(let error): response = LexRuntimeAPI.errorResponse(error)
            }
            let elapsed = NIODeadline.now() - started
            bound.value.handler.write(response, keepAlive: keepAlive, context: bound.value.context)
            log(
                RequestLogEntry(
                    method: request.method, path: request.path, status: response.status,
                    milliseconds: Double(elapsed.nanoseconds) / 1_000_000, sessionId: response.sessionId,
                    error: response.error))
        }
    }

    private func write(_ response: APIResponse, keepAlive: Bool, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        var fields = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
        fields.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
        if !keepAlive { fields.replaceOrAdd(name: "Connection", value: "close") }
        let status = HTTPResponseStatus(statusCode: response.status)
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: fields))), promise: nil)
        if !response.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: response.body)))), promise: nil)
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        context.triggerUserOutboundEvent(RequestCycleEvent.responseSent, promise: nil)
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
