import Foundation
import MeetyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `meety-bot serve` started by a test: the built binary in its own process, on a free loopback
/// port (`--port 0`), with its start-up lines read and its request log kept, stopped with SIGTERM
/// (SIGKILL only if it does not stop in time, which fails the test).
final class ServeProcess: @unchecked Sendable {
    /// How a stop went.
    struct Stop {
        /// The exit status (0 for a clean stop).
        var status: Int32
        /// Whether it ended by itself after SIGTERM (not killed).
        var stoppedInTime: Bool
        /// Everything it wrote to standard error.
        var stderr: String
    }

    /// The process.
    let process: Process
    /// The lines it printed on standard output before `listening on`, and that line.
    let startupLines: [String]
    /// `http://127.0.0.1:PORT`.
    let url: String
    private let scratch: URL

    private init(process: Process, startupLines: [String], url: String, scratch: URL) {
        self.process = process
        self.startupLines = startupLines
        self.url = url
        self.scratch = scratch
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// The `botId` of the first `bot NAME id BOTID ...` line.
    var botId: String {
        startupLines.first { $0.hasPrefix("bot ") }.map { $0.split(separator: " ").map(String.init)[3] } ?? ""
    }

    /// The standard error written so far.
    var stderr: String {
        (try? String(contentsOf: scratch.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
    }

    /// Starts `meety-bot serve --port 0 arguments...` in the repository with `environment` added,
    /// and waits (bounded) for its `listening on` line.
    static func start(_ arguments: [String], environment: [String: String] = [:]) async throws -> ServeProcess {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("meety-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = try CLI.executable()
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = TestResources.packageRoot
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        merged.merge(environment) { _, new in new }
        process.environment = merged
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let deadline = ContinuousClock.now + .seconds(30 * BuildSanitizer.slowdown)
        while ContinuousClock.now < deadline {
            let text = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let listening = lines.firstIndex(where: { $0.hasPrefix("listening on ") }), lines.count > listening + 1 {
                let url = String(lines[listening].dropFirst("listening on ".count))
                return ServeProcess(
                    process: process, startupLines: Array(lines[...listening]), url: url, scratch: scratch)
            }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let errors = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: scratch)
        throw ServeStartFailure(description: "meety-bot serve \(arguments) did not start: \(errors)")
    }

    /// The ids of the processes whose parent is the server (hook workers).
    func childProcessIDs() -> [Int32] {
        let parent = process.processIdentifier
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }

    /// Sends SIGTERM and waits (bounded) for the server to exit.
    func stop() async -> Stop {
        kill(process.processIdentifier, SIGTERM)
        let deadline = ContinuousClock.now + .seconds(20 * BuildSanitizer.slowdown)
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        let inTime = !process.isRunning
        if !inTime { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return Stop(status: process.terminationStatus, stoppedInTime: inTime, stderr: stderr)
    }
}

/// The server did not print its address.
struct ServeStartFailure: Error, CustomStringConvertible {
    /// Why.
    var description: String
}
