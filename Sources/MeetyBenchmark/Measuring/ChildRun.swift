import Foundation

/// One run of another program to completion, timed from spawn to exit, with its standard output
/// collected and its standard error kept in a file (so neither pipe can fill up and stall it).
struct ChildRun: Sendable {
    /// The exit status.
    let status: Int32
    /// What it printed.
    let output: Data
    /// The end of what it printed on standard error.
    let errorTail: String
    /// Spawn to exit.
    let wallTime: Duration

    /// Runs `executable` (a path, or a name looked up on `PATH` through `/usr/bin/env`) in `directory`.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> ChildRun {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("meety-bench-\(UUID()).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        let start = ContinuousClock.now
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let wallTime = ContinuousClock.now - start
        let errorText = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return ChildRun(
            status: process.terminationStatus, output: data, errorTail: String(errorText.suffix(800)),
            wallTime: wallTime)
    }
}
