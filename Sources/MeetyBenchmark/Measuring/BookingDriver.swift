import AsyncHTTPClient
import Foundation
import LexFacts
import NIOCore
import NIOHTTP1

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

    /// The seven turns of booking `number` (`BenchBooking`).
    private func book(_ number: Int) async throws -> [Double] {
        let booking = BenchBooking(number: number)
        let (date, time) = (booking.date, booking.time)
        let turns = [
            "I want to book a meeting", "my name is \(booking.name)", date.iso, time, "half an hour", booking.email,
            "yes",
        ]
        var latencies: [Double] = []
        var last = ""
        for text in turns {
            let (body, took) = try await Stopwatch.timeAsync { try await say(text, session: booking.sessionId) }
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
