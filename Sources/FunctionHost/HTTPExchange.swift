import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP/1.1 answer: the status, the headers (names as received) and the body.
public struct HTTPAnswer: Sendable {
    /// The status code.
    public var status: Int
    /// The header fields in order.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: Data

    /// Creates an answer.
    public init(status: Int, headers: [(name: String, value: String)], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A small HTTP/1.1 client over NIO for plain `http`: one request per connection, a whole-exchange
/// timeout. It reaches the Invoke API (`LoopbackHTTPTransport`) and, in tests, the Runtime API.
enum HTTPExchange {
    /// The exchange did not finish.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends one request and reads the whole answer.
    static func send(
        method: String, host: String, port: Int, path: String, headers: [(String, String)] = [], body: Data? = nil,
        timeout: Duration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> HTTPAnswer {
        let loop = group.next()
        let promise = loop.makePromise(of: HTTPAnswer.self)
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: loop)
                .connectTimeout(.seconds(5))
                .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHTTPClientHandlers()
                        try channel.pipeline.syncOperations.addHandler(AnswerCollector(promise: promise))
                    }
                }
                .connect(host: host, port: port).get()
        } catch {
            promise.fail(error)
            throw Failure(description: "cannot connect to \(host):\(port): \(error)")
        }
        let timer = loop.scheduleTask(
            in: .nanoseconds(
                Int64(timeout.components.seconds) * 1_000_000_000
                    + Int64(timeout.components.attoseconds / 1_000_000_000))
        ) {
            promise.fail(Failure(description: "no answer from \(host):\(port) within \(timeout)"))
        }
        var fields = HTTPHeaders(headers)
        fields.replaceOrAdd(name: "Host", value: "\(host):\(port)")
        fields.replaceOrAdd(name: "Connection", value: "close")
        if let body { fields.replaceOrAdd(name: "Content-Length", value: String(body.count)) }
        let head = HTTPRequestHead(version: .http1_1, method: HTTPMethod(rawValue: method), uri: path, headers: fields)
        channel.write(HTTPClientRequestPart.head(head), promise: nil)
        if let body { channel.write(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(bytes: body))), promise: nil) }
        channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
        defer {
            timer.cancel()
            channel.close(promise: nil)
        }
        return try await promise.futureResult.get()
    }

    private final class AnswerCollector: ChannelInboundHandler {
        typealias InboundIn = HTTPClientResponsePart

        private let promise: EventLoopPromise<HTTPAnswer>
        private var head: HTTPResponseHead?
        private var body = ByteBuffer()

        init(promise: EventLoopPromise<HTTPAnswer>) {
            self.promise = promise
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let responseHead):
                head = responseHead
            case .body(var buffer):
                body.writeBuffer(&buffer)
            case .end:
                guard let head else { return }
                promise.succeed(
                    HTTPAnswer(
                        status: Int(head.status.code), headers: head.headers.map { ($0.name, $0.value) },
                        body: Data(body.readableBytesView)))
            }
        }

        func channelInactive(context: ChannelHandlerContext) {
            promise.fail(Failure(description: "the connection closed before the answer was complete"))
            context.fireChannelInactive()
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            promise.fail(error)
            context.close(promise: nil)
        }
    }
}
