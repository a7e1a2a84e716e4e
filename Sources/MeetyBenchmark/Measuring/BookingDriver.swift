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
