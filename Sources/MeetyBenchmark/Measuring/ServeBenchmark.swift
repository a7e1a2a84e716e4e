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

/// Books meetings over HTTP: booking `n` is session `bench-n` on its own slot.
struct BookingDriver: Sendable {
    let client: HTTPClient
    let base: String

    /// Books every booking of `range` with `clients` users at once; returns each request's latency (ms).
    func book(range: Range<Int>, clients: Int) async throws -> [Double] {
        try await withThrowingTaskGroup(of: [Double].self) { group in
            for lane in 0..<clients {
                group.addTask {
                    var latencies: [Double] = []
                    for booking in stride(from: range.lowerBound + lane, to: range.upperBound, by: clients) {
                        latencies += try await self.book(booking)
                    }
                    return latencies
                }
            }
            var all: [Double] = []
            for try await latencies in group { all += latencies }
            return all
        }
    }

    /// The seven turns of booking `number`, on day `number / 48` of December 2026 at slot `number % 48`.
    private func book(_ number: Int) async throws -> [Double] {
        let date = CalendarDate(year: 2026, month: 12, day: 1)!.adding(days: number / 48)
        let minutes = (number % 48) * 30
        let time = TimeOfDay(minutes: minutes)!.hhmm
        let name =
            "User" + String((0..<4).map { Character(UnicodeScalar(97 + (number / Int(pow(26.0, Double($0)))) % 26)!) })
        let turns = [
            "I want to book a meeting", "my name is \(name)", date.iso, time, "half an hour",
            "user\(number)@example.com", "yes",
        ]
        var latencies: [Double] = []
        var last = ""
        for text in turns {
            let (body, took) = try await Stopwatch.timeAsync { try await say(text, session: "bench-\(number)") }
            latencies.append(took.milliseconds)
            last = body
        }
        guard last.contains("\"Fulfilled\"") else {
            throw BenchmarkError("booking \(number) (\(date.iso) \(time)) was not fulfilled: \(last.prefix(300))")
        }
        return latencies
    }

    private func say(_ text: String, session: String) async throws -> String {
        var request = HTTPClientRequest(url: base + session + "/text")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        let json = try JSONSerialization.data(withJSONObject: ["text": text])
        request.body = .bytes(ByteBuffer(bytes: json))
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .ok else {
            throw BenchmarkError("'\(text)' in \(session): HTTP \(response.status.code): \(String(buffer: body))")
        }
        return String(buffer: body)
    }
}

/// A `meety-bot serve` child process, stopped with SIGTERM.
final class ServeChild: Sendable {
    let process: Process
    let url: String

    init(executable: String, arguments: [String]) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        while !text.contains("listening on ") || !text.hasSuffix("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw BenchmarkError("meety-bot serve exited before listening") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }) else {
            throw BenchmarkError("meety-bot serve printed no address")
        }
        url = String(line.dropFirst("listening on ".count))
    }

    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
    }
}
