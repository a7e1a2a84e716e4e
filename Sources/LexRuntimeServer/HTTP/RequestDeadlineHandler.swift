import NIOCore

/// The events the API handler sends toward the socket to tell the deadline handler where a
/// connection is in its request cycle.
enum RequestCycleEvent: Sendable {
    /// A whole request arrived: no read deadline while it is answered (a hook may take its time).
    case requestReceived
    /// The answer is written: the connection waits for its next request.
    case responseSent
}

/// The first handler of a connection, on raw bytes: closes a connection idle between requests for
/// longer than the idle timeout, and answers 408 and closes one whose request takes longer than the
/// read timeout to arrive from its first byte (a client that stalls or trickles, in its headers or
/// its body), so no client can hold a connection open by sending slowly.
final class RequestDeadlineHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum Phase {
        case waiting
        case receiving
        case answering
    }

    private let readTimeout: TimeAmount
    private let idleTimeout: TimeAmount
    private var phase = Phase.waiting
    private var timer: Scheduled<Void>?

    init(readTimeout: Duration, idleTimeout: Duration) {
        self.readTimeout = Self.amount(readTimeout)
        self.idleTimeout = Self.amount(idleTimeout)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(idleTimeout, context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        arm(idleTimeout, context: context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if phase == .waiting {
            phase = .receiving
            arm(readTimeout, context: context)
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // Something answered the request (the HTTP layer's own 400, say): no 408 on top of it.
        if phase == .receiving { phase = .answering }
        context.write(data, promise: promise)
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard let cycle = event as? RequestCycleEvent else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        switch cycle {
        case .requestReceived:
            phase = .answering
            timer?.cancel()
            timer = nil
        case .responseSent:
            phase = .waiting
            arm(idleTimeout, context: context)
        }
        promise?.succeed(())
    }

    private func arm(_ amount: TimeAmount, context: ChannelHandlerContext) {
        timer?.cancel()
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(in: amount) {
            bound.value.handler.expire(context: bound.value.context)
        }
    }

    private func expire(context: ChannelHandlerContext) {
        timer = nil
        switch phase {
        case .waiting:
            context.close(promise: nil)
        case .receiving:
            let body = #"{"message":"the request did not arrive in time"}"#
            let head =
                "HTTP/1.1 408 Request Timeout\r\nContent-Type: application/json\r\n"
                + "x-amzn-ErrorType: \(LexAPIError.Kind.requestTimeout.rawValue)\r\n"
                + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n"
            let buffer = context.channel.allocator.buffer(string: head + body)
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(buffer)).whenComplete { _ in channel.close(promise: nil) }
            phase = .answering
        case .answering:
            break
        }
    }

    private static func amount(_ duration: Duration) -> TimeAmount {
        let components = duration.components
        return .nanoseconds(components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000)
    }
}
