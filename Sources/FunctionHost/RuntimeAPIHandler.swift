import Foundation
import NIOCore
import NIOHTTP1

/// The HTTP handler of `RuntimeAPIServer`: routes each request, keeps bodies up to the payload
/// limit (counting the rest), and answers parked `/next` polls when an event arrives.
final class RuntimeAPIHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: RuntimeAPIState
    private let payloadLimit: Int
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var bodyBytes = 0

    init(state: RuntimeAPIState, payloadLimit: Int) {
        self.state = state
        self.payloadLimit = payloadLimit
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body.clear()
            bodyBytes = 0
        case .body(var buffer):
            bodyBytes += buffer.readableBytes
            if body.readableBytes + buffer.readableBytes <= payloadLimit { body.writeBuffer(&buffer) }
        case .end:
            guard let head else { return }
            self.head = nil
            route(head, context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        state.connectionClosed(ObjectIdentifier(context.channel))
        context.fireChannelInactive()
    }

    private func route(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let keepAlive = head.isKeepAlive
        switch RuntimeAPIRoute.parse(method: head.method.rawValue, uri: head.uri) {
        case .next:
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            let event = state.next(connection: ObjectIdentifier(context.channel), now: .now) { event in
                loopBound.eventLoop.execute {
                    Self.write(event: event, keepAlive: keepAlive, context: loopBound.value)
                }
            }
            if let event { Self.write(event: event, keepAlive: keepAlive, context: context) }
        case .response(let requestID):
            if let mode = head.headers.first(name: "Lambda-Runtime-Function-Response-Mode"),
                mode.lowercased() != "streaming"
            {
                reply(.badRequest, "InvalidResponseModeHeader", "invalid response mode \(mode)", keepAlive, context)
                return
            }
            let outcome: RuntimeAPIOutcome =
                bodyBytes > payloadLimit ? .responseTooLarge(bytes: bodyBytes) : .response(Data(body.readableBytesView))
            answer(state.post(requestID: requestID, outcome: outcome), keepAlive, context)
        case .error(let requestID):
            let report = FunctionErrorReport(
                body: Data(body.readableBytesView),
                errorTypeHeader: head.headers.first(name: "Lambda-Runtime-Function-Error-Type"))
            let outcome: RuntimeAPIOutcome =
                bodyBytes > payloadLimit ? .responseTooLarge(bytes: bodyBytes) : .error(report)
            answer(state.post(requestID: requestID, outcome: outcome), keepAlive, context)
        case .initError:
            state.initFailed(
                FunctionErrorReport(
                    body: Data(body.readableBytesView),
                    errorTypeHeader: head.headers.first(name: "Lambda-Runtime-Function-Error-Type")))
            reply(.accepted, nil, nil, keepAlive, context)
        case .methodNotAllowed:
            reply(
                .methodNotAllowed, "MethodNotAllowed", "\(head.method.rawValue) is not allowed on \(head.uri)",
                keepAlive, context)
        case .notFound:
            reply(.notFound, "NotFound", "no Runtime API path \(head.uri)", keepAlive, context)
        }
    }

    private func answer(_ answer: RuntimeAPIState.PostAnswer, _ keepAlive: Bool, _ context: ChannelHandlerContext) {
        switch answer {
        case .accepted:
            reply(.accepted, nil, nil, keepAlive, context)
        case .alreadyAnswered:
            reply(.forbidden, "InvalidStateTransition", "the invocation was already answered", keepAlive, context)
        case .unknownRequestID:
            reply(.badRequest, "InvalidRequestID", "no invocation in flight has this request id", keepAlive, context)
        case .tooLarge:
            reply(
                .payloadTooLarge, "RequestEntityTooLarge",
                "the payload is larger than the limit of \(payloadLimit) bytes", keepAlive, context)
        }
    }

    /// Writes a JSON answer: `{"status":"OK"}` for 202, else Lambda's `{errorMessage, errorType}`.
    private func reply(
        _ status: HTTPResponseStatus, _ errorType: String?, _ message: String?, _ keepAlive: Bool,
        _ context: ChannelHandlerContext
    ) {
        let object: [String: String] =
            errorType.map { ["errorType": $0, "errorMessage": message ?? ""] } ?? ["status": "OK"]
        let json = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        Self.write(
            status: status, headers: [("Content-Type", "application/json")], body: json, keepAlive: keepAlive,
            context: context)
    }

    private static func write(event: RuntimeAPIEvent, keepAlive: Bool, context: ChannelHandlerContext) {
        write(status: .ok, headers: event.headers, body: event.payload, keepAlive: keepAlive, context: context)
    }

    private static func write(
        status: HTTPResponseStatus, headers: [(String, String)], body: Data, keepAlive: Bool,
        context: ChannelHandlerContext
    ) {
        var fields = HTTPHeaders(headers)
        fields.add(name: "Content-Length", value: String(body.count))
        if !keepAlive { fields.add(name: "Connection", value: "close") }
        let head = HTTPResponseHead(version: .http1_1, status: status, headers: fields)
        context.write(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
        context.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
        let done = context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)))
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
