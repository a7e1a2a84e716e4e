import Foundation

/// What `ServeBenchmark` measured.
public struct ServeFigures: Codable, Sendable, Equatable {
    /// Users booking at once.
    public var clients: Int
    /// Bookings measured.
    public var bookings: Int
    /// Requests measured (seven per booking).
    public var requests: Int
    /// Wall time of the measured bookings.
    public var seconds: Double
    /// Requests answered per second.
    public var requestsPerSecond: Double
    /// Median request latency, client side, in milliseconds.
    public var p50Ms: Double
    /// 99th-percentile request latency, in milliseconds.
    public var p99Ms: Double
    /// The slowest request, in milliseconds.
    public var maxMs: Double

    /// The report's lines.
    public var lines: [String] {
        [
            "serve: \(bookings) bookings (\(requests) RecognizeText requests) by \(clients) concurrent clients "
                + "in \(String(format: "%.2f", seconds)) s",
            "  \(Int(requestsPerSecond.rounded())) requests/s; latency p50 \(String(format: "%.2f", p50Ms)) ms, "
                + "p99 \(String(format: "%.2f", p99Ms)) ms, max \(String(format: "%.2f", maxMs)) ms",
        ]
    }
}
