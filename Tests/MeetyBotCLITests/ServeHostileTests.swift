import Foundation
import MeetyTestSupport
import Testing

/// The hostile corpus's malformed HTTP requests (`Tests/Corpus/hostile/http/`) and the hostile
/// clients made at test time (huge bodies and headers, slow and stalled clients, clients that vanish,
/// a crowd of idle connections) against a running `meety-bot serve`: each is answered with the right
/// error or dropped, never a crash or a hang, and the server answers a valid request afterwards and
/// stops cleanly.
@Suite("Hostile HTTP against meety-bot serve", .serialized)
struct ServeHostileTests {
    /// One line of `http-expected.txt`.
    struct Entry: Sendable, CustomStringConvertible {
        var file: String
        var expected: String
        var description: String { file }
    }

    static let folder = "Tests/Corpus/hostile/http"

    static let entries: [Entry] = {
        let manifest =
            (try? String(contentsOf: TestResources.path("Tests/Corpus/hostile/http-expected.txt"), encoding: .utf8))
            ?? ""
        return manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 2 else { return nil }
            return Entry(file: fields[0], expected: fields.dropFirst().joined(separator: " "))
        }
    }()

    /// A server with short read and idle timeouts, so slow clients are cut off quickly.
    static func startServer() async throws -> (ServeProcess, Int) {
        let server = try await ServeProcess.start([
            "--bot", "bots/meetybot.yaml", "--now", "2026-11-20T09:00", "--read-timeout", "1", "--idle-timeout", "2",
        ])
        let port = Int(server.url.split(separator: ":").last ?? "") ?? 0
        return (server, port)
    }

    /// A valid RecognizeText must still be answered with 200.
    static func expectHealthy(_ server: ServeProcess, port: Int) async throws {
        let body = #"{"text": "I want to book a meeting"}"#
        let request =
            "POST /bots/MeetyBot/botAliases/TSTALIASID/botLocales/en_US/sessions/healthy-1/text HTTP/1.1\r\n"
            + "Host: 127.0.0.1\r\nConnection: close\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        let outcome = try await RawConnection.exchange(port: port, Array(request.utf8), timeout: Self.wait)
        #expect(outcome.summary == "200 -", "a valid request after the hostile ones: \(outcome.summary)")
        #expect(server.process.isRunning, "the server is gone")
    }

    static let wait = Duration.seconds(10 * BuildSanitizer.slowdown)

    @Test("the corpus lists every file and each file gets its answer")
    func corpus() async throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestResources.path(Self.folder).path)
        #expect(files.count >= 50)
        #expect(files.sorted() == Self.entries.map(\.file).sorted())
        let (server, port) = try await Self.startServer()
        for entry in Self.entries {
            let bytes = try [UInt8](Data(contentsOf: TestResources.path("\(Self.folder)/\(entry.file)")))
            let outcome = try await RawConnection.exchange(port: port, bytes, timeout: Self.wait)
            #expect(
                outcome.summary == entry.expected,
                "\(entry.file): got \(outcome.summary): \(String(decoding: outcome.bytes.prefix(400), as: UTF8.self))")
        }
        try await Self.expectHealthy(server, port: port)
        let stop = await server.stop()
        #expect(stop.stoppedInTime && stop.status == 0, "exit \(stop.status): \(stop.stderr.suffix(1500))")
    }

    @Test("huge bodies and headers, gzip bombs and deep JSON are refused, not held")
    func oversized() async throws {
        let (server, port) = try await Self.startServer()
        let path = "/bots/MeetyBot/botAliases/TSTALIASID/botLocales/en_US/sessions/huge-1"
        func head(_ method: String, _ target: String, _ extra: [String]) -> [UInt8] {
            Array(
                ([method + " " + target + " HTTP/1.1", "Host: 127.0.0.1", "Connection: close"] + extra + ["", ""])
                    .joined(separator: "\r\n").utf8)
        }
        // A declared body over the 1 MiB limit is refused before it is read.
        let declared = try RawConnection(port: port)
        declared.send(
            head("POST", path + "/text", ["Content-Length: 5000000000"]) + Array(repeating: 0x41, count: 1000))
        #expect(await declared.readUntilClosed(timeout: Self.wait).summary == "413 RequestEntityTooLargeException")
        // A chunked body that grows past the limit.
        let chunked = try RawConnection(port: port)
        chunked.send(head("POST", path + "/text", ["Transfer-Encoding: chunked"]))
        let chunk = Array("10000\r\n".utf8) + Array(repeating: 0x41, count: 0x10000) + Array("\r\n".utf8)
        for _ in 0..<20 where chunked.send(chunk) {}
        #expect(await chunked.readUntilClosed(timeout: Self.wait).summary == "413 RequestEntityTooLargeException")
        // A header block of 200 KB, and a request line of 200 KB.
        let bigHeader = head("GET", path, ["X-Padding: " + String(repeating: "p", count: 200_000)])
        #expect(try await RawConnection.exchange(port: port, bigHeader, timeout: Self.wait).summary == "400 -")
        let bigTarget = head("GET", path + String(repeating: "x", count: 200_000), [])
        #expect(try await RawConnection.exchange(port: port, bigTarget, timeout: Self.wait).summary == "400 -")
        // A gzip bomb in the session-state header: 5 MB of zeros packed into a few kilobytes.
        let bomb = try Self.gzipBase64(Data(count: 5_000_000))
        let bombRequest =
            head(
                "POST", path + "/utterance",
                ["Content-Type: text/plain", "Content-Length: 5", "x-amz-lex-session-state: \(bomb)"])
            + Array("hello".utf8)
        #expect(
            try await RawConnection.exchange(port: port, bombRequest, timeout: Self.wait).summary
                == "400 ValidationException"
        )
        // JSON nested 900,000 levels deep, just under the body limit.
        let deep = Array(repeating: UInt8(ascii: "["), count: 900_000)
        let deepRequest = head("POST", path + "/text", ["Content-Length: \(deep.count)"]) + deep
        #expect(
            try await RawConnection.exchange(port: port, deepRequest, timeout: Self.wait).summary
                == "400 ValidationException"
        )
        try await Self.expectHealthy(server, port: port)
        let stop = await server.stop()
        #expect(stop.stoppedInTime && stop.status == 0, "exit \(stop.status): \(stop.stderr.suffix(1500))")
    }

    @Test("slow, stalled, vanishing and idle clients are cut off after the read or idle timeout")
    func slowClients() async throws {
        let (server, port) = try await Self.startServer()
        let request = Array(
            ("POST /bots/MeetyBot/botAliases/TSTALIASID/botLocales/en_US/sessions/slow-1/text HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Length: 15\r\n\r\n{\"text\": \"hi\"}").utf8)
        // Headers trickled a byte every 200 ms: 408 once the 1 s read timeout passes.
        let trickle = try RawConnection(port: port)
        let started = ContinuousClock.now
        for byte in request.prefix(40) {
            guard trickle.send([byte]) else { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        let trickled = await trickle.readUntilClosed(timeout: Self.wait)
        #expect(trickled.summary == "408 RequestTimeoutException" || trickled.summary == "drop", "\(trickled)")
        #expect(ContinuousClock.now - started < Self.wait)
        // A body that stops half way.
        let stalled = try RawConnection(port: port)
        stalled.send(Array(request.dropLast(8)))
        #expect(await stalled.readUntilClosed(timeout: Self.wait).summary == "408 RequestTimeoutException")
        // A connection that never sends anything: closed after the 2 s idle timeout.
        let idle = try RawConnection(port: port)
        #expect(await idle.readUntilClosed(timeout: Self.wait).summary == "drop")
        // Clients that vanish mid-request, and a crowd of 200 connections held open at once.
        for _ in 0..<20 {
            let vanishing = try RawConnection(port: port)
            vanishing.send(Array(request.prefix(60)))
        }
        let crowd = try (0..<200).map { _ in try RawConnection(port: port) }
        try await Self.expectHealthy(server, port: port)
        _ = crowd
        let stop = await server.stop()
        #expect(stop.stoppedInTime && stop.status == 0, "exit \(stop.status): \(stop.stderr.suffix(1500))")
    }

    /// `data` gzipped with the system's `gzip` and base64-encoded.
    static func gzipBase64(_ data: Data) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sys,gzip,base64; sys.stdout.write(base64.b64encode(gzip.compress(sys.stdin.buffer.read())).decode())",
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let encoded = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: encoded, as: UTF8.self)
    }
}
