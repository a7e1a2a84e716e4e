import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A Lambda Runtime API (2018-06-01) server for one worker, on 127.0.0.1 and an ephemeral port.
///
/// It serves `GET /runtime/invocation/next` as a long poll with the `Lambda-Runtime-*` headers,
/// takes `POST /runtime/invocation/{id}/response` and `/error` (202; 403 `InvalidStateTransition`
/// for a second answer; 400 `InvalidRequestID` for an id it never handed out; 413
/// `RequestEntityTooLarge` over the payload limit) and `POST /runtime/init/error` (202). Unknown
/// paths get 404 and wrong methods 405. It never fails `/next` to stop a runtime: a worker is
/// stopped by signal, as the emulator does, because awslambdaric crashes on a failed `/next`.
public final class RuntimeAPIServer: Sendable {
    /// Lambda's payload limit as the Runtime Interface Emulator enforces it: 6 MiB + 100 bytes.
    public static let maximumPayloadBytes = 6 * 1024 * 1024 + 100

    /// The port on 127.0.0.1.
    public let port: Int
    /// The payload limit in bytes for responses and errors.
    public let payloadLimit: Int
    let state: RuntimeAPIState
    private let channel: any Channel

    private init(channel: any Channel, state: RuntimeAPIState, payloadLimit: Int) {
        self.channel = channel
        self.state = state
        self.payloadLimit = payloadLimit
        self.port = channel.localAddress?.port ?? 0
    }

    /// `127.0.0.1:PORT`, the value of `AWS_LAMBDA_RUNTIME_API`.
    public var address: String { "127.0.0.1:\(port)" }

    /// Binds a new server on 127.0.0.1 with a port the system picks.
    public static func start(
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        payloadLimit: Int = maximumPayloadBytes
    ) async throws -> RuntimeAPIServer {
        let state = RuntimeAPIState()
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 16)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(
                        RuntimeAPIHandler(state: state, payloadLimit: payloadLimit))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return RuntimeAPIServer(channel: channel, state: state, payloadLimit: payloadLimit)
    }

    /// Queues an event; `completion` is called once, with the runtime's answer. An invocation that
    /// ends otherwise (timeout, exit) must be `withdraw`n.
    public func submit(_ event: RuntimeAPIEvent, completion: @escaping @Sendable (RuntimeAPIOutcome) -> Void) {
        state.submit(event, completion: completion)
    }

    /// Forgets an invocation without calling its completion; a late answer for it gets 403.
    public func withdraw(requestID: String) {
        state.withdraw(requestID: requestID)
    }

    /// Calls `observer` once, when a runtime waits in `/next` (`.waiting`) or reports an init error,
    /// right away if that already happened since the last `reset()`.
    func whenReady(_ observer: @escaping @Sendable (RuntimeAPIState.Readiness) -> Void) {
        state.whenReady(observer)
    }

    /// Prepares for a new runtime process: drops the parked polls, the pending event and a reported
    /// init error of the previous one.
    public func reset() {
        state.reset()
    }

    /// When the first `/next` since the last `reset()` arrived: the end of the runtime's init.
    public var firstNextSinceReset: ContinuousClock.Instant? { state.firstNext }

    /// How many `/next` requests arrived since the server started.
    public var nextRequestCount: Int { state.nextCount }

    /// Whether a runtime is waiting in `/next` right now.
    public var hasWaitingRuntime: Bool { state.hasParkedNext }

    /// Stops listening and closes the server socket.
    public func close() async {
        try? await channel.close()
    }
}
