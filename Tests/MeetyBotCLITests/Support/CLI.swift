import Foundation
import MeetyTestSupport
import Testing

/// Runs the built `meety-bot` executable as a user would: a separate process, with arguments,
/// standard input, a working directory, `NO_COLOR=1`, and its output and exit code captured.
///
/// End-to-end tests go through the real binary so argument parsing, exit codes, the split
/// between standard output and standard error, and file I/O are all tested as shipped.
enum CLI {
    /// What a run produced.
    struct Result: Sendable {
        /// The exit code.
        var status: Int32
        /// Everything written to standard output.
        var stdout: String
        /// Everything written to standard error.
        var stderr: String
    }

    /// Why the binary could not be run.
    struct Missing: Error, CustomStringConvertible {
        /// Where it was looked for.
        var searched: [String]
        /// The message.
        var description: String {
            "meety-bot executable not found (build it with `swift build`); looked in: "
                + searched.joined(separator: ", ")
        }
    }

    /// The folders the executable may be in: next to the test bundle (`swift test` builds every
    /// product into the same folder), then the package's `.build/debug`.
    static let searchFolders: [URL] = {
        var folders: [URL] = []
        if let override = ProcessInfo.processInfo.environment["MEETY_BOT_BINARY"] {
            folders.append(URL(fileURLWithPath: override).deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(TestResources.path(".build/debug"))
        return folders
    }()

    /// The executable.
    static func executable() throws -> URL {
        let candidates = searchFolders.map { $0.appendingPathComponent("meety-bot") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw Missing(searched: searchFolders.map(\.path))
        }
        return found
    }

    /// Runs `meety-bot arguments...` in `directory`, with `input` on standard input (empty when
    /// `nil`), and waits for it to exit.
    /// The longest a command may run in a test before it is killed and its test fails.
    static let limit = Duration.seconds(300)

    static func run(
        _ arguments: [String], in directory: URL, input: String? = nil, environment extra: [String: String] = [:]
    ) async throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("meety-cli-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        try Data((input ?? "").utf8).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: outURL)
        let stderr = try FileHandle(forWritingTo: errURL)
        let stdin = try FileHandle(forReadingFrom: inURL)
        defer {
            try? stdout.close()
            try? stderr.close()
            try? stdin.close()
        }
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let killed = try await process.runUntilExit(limit: limit)
        let errors = try String(contentsOf: errURL, encoding: .utf8)
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: killed ? errors + "\n[killed: still running after \(limit)]\n" : errors
        )
    }
}
