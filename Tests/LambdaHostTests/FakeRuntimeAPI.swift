import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A local stand-in for the Lambda Runtime API (2018-06-01) on 127.0.0.1: hands out queued
/// events from `GET /runtime/invocation/next` with the documented headers, and records what the
/// runtime posts to `.../response`, `.../error` and `/runtime/init/error`.
final class FakeRuntimeAPI: Sendable {
    /// An event waiting to be handed out.
    struct Event {
        var requestID: String
        var payload: Data
        var traceID: String? = nil
    }

    /// Something the runtime posted.
    struct Post: Equatable {
        var path: String
        var errorTypeHeader: String?
        var body: Data
        var json: [String: String] {
            (try? JSONDecoder().decode([String: AnyStringOrList].self, from: body))?.compactMapValues(\.string) ?? [:]
        }
    }

    private final class StateBox: Sendable {
        let value = Mutex(State())
    }

    private struct State {
        var events: [Event] = []
        var posts: [Post] = []
        var nextCalls = 0
        var responseStatus = 202
    }

    private let state = StateBox()
    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let channel: any Channel

    /// The `AWS_LAMBDA_RUNTIME_API`-style base URL, e.g. `http://127.0.0.1:49152`.
    let baseURL: String

    init(events: [Event] = [], responseStatus: Int = 202) async throws {
        state.value.withLock {
            $0.events = events
            $0.responseStatus = responseStatus
        }
        let state = self.state
        channel = try await ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(Handler(state: state))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        baseURL = "http://127.0.0.1:\(channel.localAddress?.port ?? 0)"
    }

    /// Everything posted so far, in order.
    var posts: [Post] { state.value.withLock { $0.posts } }
    /// How often `next` was called.
    var nextCalls: Int { state.value.withLock { $0.nextCalls } }

    func stop() async throws {
        try await channel.close()
        try await group.shutdownGracefully()
    }

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let state: StateBox
        var head: HTTPRequestHead?
        var body = Data()

        init(state: StateBox) {
            self.state = state
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let requestHead):
                head = requestHead
                body = Data()
            case .body(var buffer):
                body.append(contentsOf: buffer.readBytes(length: buffer.readableBytes) ?? [])
            case .end:
                guard let head else { return }
                let (status, headers, answer) = route(head)
                var responseHeaders = HTTPHeaders(headers)
                responseHeaders.add(name: "Content-Length", value: String(answer.count))
                context.write(
                    wrapOutboundOut(
                        .head(HTTPResponseHead(version: head.version, status: status, headers: responseHeaders))),
                    promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: answer)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }

        private func route(_ head: HTTPRequestHead) -> (HTTPResponseStatus, [(String, String)], Data) {
            let prefix = "/2018-06-01"
            guard head.uri.hasPrefix(prefix) else { return (.notFound, [], Data()) }
            let path = String(head.uri.dropFirst(prefix.count))
            if head.method == .GET, path == "/runtime/invocation/next" {
                let event: Event? = state.value.withLock { state in
                    state.nextCalls += 1
                    return state.events.isEmpty ? nil : state.events.removeFirst()
                }
                guard let event else {
                    return (
                        .internalServerError, [], Data(#"{"errorMessage":"no more events","errorType":"Fake"}"#.utf8)
                    )
                }
                var headers = [
                    ("Lambda-Runtime-Aws-Request-Id", event.requestID),
                    ("Lambda-Runtime-Deadline-Ms", "1795165203000"),
                    ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:meety"),
                    ("Content-Type", "application/json"),
                ]
                if let trace = event.traceID { headers.append(("Lambda-Runtime-Trace-Id", trace)) }
                return (.ok, headers, event.payload)
            }
            guard head.method == .POST else { return (.methodNotAllowed, [], Data()) }
            let post = Post(
                path: path, errorTypeHeader: head.headers.first(name: "Lambda-Runtime-Function-Error-Type"), body: body)
            let status = state.value.withLock { state in
                state.posts.append(post)
                return path.hasSuffix("/response") ? state.responseStatus : 202
            }
            return (HTTPResponseStatus(statusCode: status), [], Data(#"{"status":"OK"}"#.utf8))
        }
    }
}

/// Decodes the string members of an error report (and skips `stackTrace`).
enum AnyStringOrList: Decodable, Equatable {
    case string(String)
    case other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = (try? container.decode(String.self)).map(AnyStringOrList.string) ?? .other
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
