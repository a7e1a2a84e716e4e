import Foundation
import MeetyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the committed boto3 client (`Fixtures/serve/serve_client.py`) as a separate process, bounded
/// in time.
enum ServeClient {
    /// What a run printed and how it ended.
    struct Result {
        /// The exit status.
        var status: Int32
        /// Standard output: `ok: ...` lines and `done: CASE`, or `FAIL: ...`.
        var stdout: String
        /// Standard error (a Python traceback, if any).
        var stderr: String

        /// The `ok:` lines.
        var passed: [String] { stdout.split(separator: "\n").filter { $0.hasPrefix("ok: ") }.map(String.init) }
    }

    /// The script.
    static let script = TestResources.path("Tests/MeetyBotCLITests/Fixtures/serve/serve_client.py")

    /// Runs `serve_client.py CASE URL BOT options...`; kills it after `timeout`.
    static func run(
        _ testCase: String, server: ServeProcess, options: [String] = [], timeout: Duration = .seconds(60)
    ) async throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("meety-client-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, testCase, server.url, server.botId] + options
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        for name in ["AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_LEX_RUNTIME_V2"] {
            environment.removeValue(forKey: name)
        }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let deadline = ContinuousClock.now + timeout * BuildSanitizer.slowdown
        while process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("serve_client.py \(testCase) did not finish within \(timeout * BuildSanitizer.slowdown)")
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
