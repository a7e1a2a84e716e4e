import CodeHooks
import Foundation
import LexFacts
import MeetyTestSupport

@testable import FunctionHost

/// Paths of the hooks under `Fixtures/`.
enum Fixtures {
    static let root: String = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path

    static func path(_ relative: String) -> String { "\(root)/\(relative)" }
}

/// What the end-to-end tests need from the machine. Without a tool its tests are skipped with the
/// reason shown, except under CI (`CI=true`), where .ci/run installs them and a missing tool fails.
enum Tools {
    static let environment = ProcessInfo.processInfo.environment
    static let underCI = environment["CI"] == "true"

    static let hasAwslambdaric: Bool = runs(["python3", "-c", "import awslambdaric"])
    static let hasNode: Bool = runs(["node", "--version"])
    static let hasFaketime: Bool = HookClockStatus.resolve(.automatic, kind: .exec(command: ["true"])).followsScript

    static var python: Bool { underCI || hasAwslambdaric }
    static var node: Bool { underCI || hasNode }
    static var faketime: Bool { underCI || hasFaketime }

    /// The Runtime Interface Emulator from the aws-sam-cli wheel (or `MEETY_LAMBDA_RIE`).
    static let emulator: String? = {
        if let path = environment["MEETY_LAMBDA_RIE"] { return path }
        let folder = output(["python3", "-c", "import samcli, os; print(os.path.dirname(samcli.__file__))"])
        guard let folder else { return nil }
        let path = "\(folder)/local/rapid/aws-lambda-rie-x86_64"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    static func runs(_ command: [String]) -> Bool {
        output(command) != nil
    }

    static func output(_ command: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A time bound that grows under sanitizers.
func scaled(_ seconds: Int) -> Duration { .seconds(seconds * BuildSanitizer.slowdown) }

let scriptNow = LocalDateTime(iso: "2026-03-04T09:30")!
let laterNow = LocalDateTime(iso: "2027-01-02T08:00")!

/// A configuration for the tests: the machine's PATH and HOME, a generous timeout.
func testConfiguration(
    _ kind: FunctionKind, timeout: Duration = scaled(20), clock: HookClockSetting = .automatic,
    extra: [String: String] = [:], fresh: Bool = false, python: String = "python3"
) -> FunctionConfiguration {
    FunctionConfiguration(
        kind: kind, functionName: "meety-test-hook", memoryMB: 256, region: "eu-west-1", timeout: timeout,
        extraEnvironment: extra, passesCredentials: false, freshWorkerPerScript: fresh, clock: clock,
        hostEnvironment: Tools.environment, pythonExecutable: python)
}

/// Runs `body` with a pool that is always shut down afterwards.
func withPool<Value>(
    _ configuration: FunctionConfiguration, workers: Int = 1, _ body: (FunctionPool) async throws -> Value
) async throws -> Value {
    let pool = try FunctionPool(
        configuration: configuration, maximumWorkers: workers,
        currentDirectory: FileManager.default.currentDirectoryPath, forwardsSignals: false)
    do {
        let value = try await body(pool)
        await pool.shutdown()
        return value
    } catch {
        await pool.shutdown()
        throw error
    }
}

/// An event as JSON.
func event(_ object: [String: Any]) -> Data {
    try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
}

/// A response object, or an empty one.
func object(_ data: Data?) -> [String: Any] {
    data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
}

/// Whether a process with this id is running (a zombie waiting for its parent counts as gone).
func processIsRunning(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
    return state != "Z" && state != "X"
}

/// Waits up to `limit` for `condition`.
///
/// The limit is generous because it only matters when the condition never holds: in a full parallel run on
/// a loaded 2-core machine the task that makes it true can wait many seconds for a thread of the pool.
func eventually(_ limit: Duration = scaled(30), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}
