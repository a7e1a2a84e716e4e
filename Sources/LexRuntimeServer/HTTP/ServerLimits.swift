/// The bounds that keep a hostile or broken client from holding the server's memory or
/// connections: the largest body, how long a request may take to arrive, how long an idle
/// keep-alive connection stays open.
public struct ServerLimits: Sendable, Equatable {
    /// The largest request body accepted; a larger one gets 413 and the connection is closed.
    public var maximumBodyBytes: Int
    /// How long a request may take from its first byte to its last; a slower one gets 408 and
    /// the connection is closed.
    public var requestReadTimeout: Duration
    /// How long a connection may wait for its next request before it is closed.
    public var idleConnectionTimeout: Duration
    /// How often sessions idle past their TTL are removed.
    public var sweepInterval: Duration

    /// Creates limits: by default 1 MiB bodies, 10 s to send a request, 60 s idle connections and a
    /// sweep every 30 s.
    public init(
        maximumBodyBytes: Int = 1024 * 1024, requestReadTimeout: Duration = .seconds(10),
        idleConnectionTimeout: Duration = .seconds(60), sweepInterval: Duration = .seconds(30)
    ) {
        self.maximumBodyBytes = maximumBodyBytes
        self.requestReadTimeout = requestReadTimeout
        self.idleConnectionTimeout = idleConnectionTimeout
        self.sweepInterval = sweepInterval
    }
}
