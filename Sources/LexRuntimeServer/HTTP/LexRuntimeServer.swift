import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// The Lex V2 runtime REST API over HTTP/1.1 (`meety-bot serve`): a NIO server that hands every
/// request to a `LexRuntimeAPI`, bounded by `ServerLimits`, writing one `RequestLogEntry` per
/// request.
///
/// It binds the host it is given (loopback by default, as the command line does); port 0 lets the
/// system pick a free port, which `port` then tells. `stop()` stops accepting, lets requests in
/// flight finish (for a few seconds at most) and closes every connection.
public final class LexRuntimeServer: Sendable {
    /// The address bound.
    public let host: String
    /// The port bound.
    public let port: Int
    /// The API served.
    public let api: LexRuntimeAPI
    private let channel: any Channel
    private let connections: ConnectionSet
    private let inFlight: InFlightRequests
    private let sweeper: Task<Void, Never>

    private init(
        host: String, port: Int, api: LexRuntimeAPI, channel: any Channel, connections: ConnectionSet,
        inFlight: InFlightRequests, sweeper: Task<Void, Never>
    ) {
        self.host = host
        self.port = port
        self.api = api
        self.channel = channel
        self.connections = connections
        self.inFlight = inFlight
        self.sweeper = sweeper
    }

    /// `http://HOST:PORT` (IPv6 hosts in brackets).
    public var url: String {
        host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)"
    }

    /// Binds `host:port` and starts serving `api`.
    /// - Parameter log: receives one entry per request, on an event-loop thread.
    /// - Throws: the bind error (address in use, host not local...).
    public static func start(
        api: LexRuntimeAPI, host: String = "127.0.0.1", port: Int = 0, limits: ServerLimits = ServerLimits(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        log: @escaping @Sendable (RequestLogEntry) -> Void = { _ in }
    ) async throws -> LexRuntimeServer {
        let connections = ConnectionSet()
        let inFlight = InFlightRequests()
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    connections.insert(channel)
                    channel.closeFuture.whenComplete { _ in connections.remove(channel) }
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(
                        RequestDeadlineHandler(
                            readTimeout: limits.requestReadTimeout, idleTimeout: limits.idleConnectionTimeout))
                    try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
                    try pipeline.addHandler(
                        APIConnectionHandler(
                            api: api, maximumBodyBytes: limits.maximumBodyBytes, inFlight: inFlight, log: log))
                }
            }
            .bind(host: host, port: port).get()
        let sweepInterval = limits.sweepInterval
        let sweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: sweepInterval)
                if Task.isCancelled { break }
                await api.sweepIdleSessions()
            }
        }
        return LexRuntimeServer(
            host: host, port: channel.localAddress?.port ?? port, api: api, channel: channel,
            connections: connections, inFlight: inFlight, sweeper: sweeper)
    }

    /// Stops accepting connections, waits up to `grace` for requests in flight, then closes every
    /// connection.
    public func stop(grace: Duration = .seconds(5)) async {
        sweeper.cancel()
        try? await channel.close()
        let clock = ContinuousClock()
        let deadline = clock.now + grace
        while inFlight.current > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        for connection in connections.all {
            try? await connection.close()
        }
    }
}
