import AsyncHTTPClient
import Foundation
import LexFacts
import NIOCore
import NIOHTTP1

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures `meety-bot serve`: the built binary in a child process on a loopback port, driven over
/// HTTP by `clients` concurrent users, each booking meetings through RecognizeText (seven turns per
/// booking, every booking a distinct slot). Reports the latency of each request (p50, p99) and the
/// requests per second of the whole run, after a warm-up; a booking that is not fulfilled fails the
/// run, so the figures are of correct work.
public struct ServeBenchmark: Sendable {
    /// The `meety-bot` executable.
    public let executable: String
    /// The bot file to serve.
    public let botPath: String
    /// How many users book at once.
    public let clients: Int
    /// How many bookings are measured (after `warmUp` more).
    public let bookings: Int
    /// Bookings before measuring.
    public let warmUp: Int

    /// Creates the benchmark.
    public init(executable: String, botPath: String, clients: Int = 16, bookings: Int = 1_000, warmUp: Int = 50) {
        self.executable = executable
        self.botPath = botPath
        self.clients = max(1, clients)
        self.bookings = max(1, bookings)
        self.warmUp = max(0, warmUp)
    }

    /// Starts the server, runs the warm-up and the measured bookings, stops the server.
    public func run() async throws -> ServeFigures {
        let server = try ServeChild(
            executable: executable,
            arguments: [
                "serve", "--port", "0", "--now", "2026-11-20T09:00", "--bot", botPath,
            ])
        defer { server.stop() }
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: HTTPClient.Configuration(
                connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: clients)))
        do {
            let driver = BookingDriver(
                client: client, base: server.url + "/bots/MeetyBot/botAliases/TSTALIASID/botLocales/en_US/sessions/")
            _ = try await driver.book(range: 0..<warmUp, clients: clients)
            let (latencies, elapsed) = try await Stopwatch.timeAsync {
                try await driver.book(range: warmUp..<(warmUp + bookings), clients: clients)
            }
            try await client.shutdown()
            return ServeFigures(
                clients: clients, bookings: bookings, requests: latencies.count, seconds: elapsed.milliseconds / 1000,
                requestsPerSecond: Double(latencies.count) / (elapsed.milliseconds / 1000),
                p50Ms: Percentiles.value(0.5, of: latencies), p99Ms: Percentiles.value(0.99, of: latencies),
                maxMs: latencies.max() ?? 0)
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}
