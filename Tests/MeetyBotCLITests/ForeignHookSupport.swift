import Foundation
import FunctionHost
import MeetyTestSupport
import Testing

/// RoomBot (`Fixtures/foreign-hooks/`): a small bot whose code hook exists as the same behaviour in
/// Python, Node.js and a custom runtime, for the end-to-end tests of foreign hooks through the built
/// `meety-bot`. Runs happen in the fixture folder, so the specs and script paths below are relative.
enum RoomBot {
    /// The fixture folder.
    static let root = TestResources.path("Tests/MeetyBotCLITests/Fixtures/foreign-hooks")
    /// The Python hook, run by awslambdaric (also the bot file's own `codeHook:`).
    static let python = "python:hooks/roombot.py"
    /// The Node.js hook, run by the project's Node runtime client.
    static let node = "node:hooks/roombot.js"
    /// The custom runtime: a Python bootstrap speaking the Runtime API, serving the Python handler.
    static let exec = "exec:hooks/bootstrap.py roombot.lambda_handler"
    /// The scripts every hook must pass, and their names in the suite's order.
    static let booking = "conversations/booking"
    static let bookingNames = [
        "room beta is taken, so the hook asks again", "books room alpha in one turn",
        "two bookings in one session are counted, and a ping is answered",
    ]
}

/// What the foreign-hook tests need from the machine: without a tool its tests are skipped with the
/// reason shown, except under CI (`CI=true`), where .ci/run installs them and a missing tool fails.
enum HookTools {
    static let environment = ProcessInfo.processInfo.environment
    static let underCI = environment["CI"] == "true"

    static let hasAwslambdaric = succeeds(["python3", "-c", "import awslambdaric"])
    static let hasNode = succeeds(["node", "--version"])
    static let hasFaketime = HookClockStatus.resolve(.automatic, kind: .exec(command: ["true"])).followsScript

    static var python: Bool { underCI || hasAwslambdaric }
    static var node: Bool { underCI || hasNode }
    static var faketime: Bool { underCI || (hasFaketime && hasAwslambdaric) }

    /// The Runtime Interface Emulator: `MEETY_LAMBDA_RIE`, else the copy scripts/fetch-lambda-rie.sh
    /// caches in the package's `.build/` (the tests never download it).
    static let emulator: String? = {
        let cached = TestResources.path(".build/lambda-rie/aws-lambda-rie-x86_64").path
        let path = environment["MEETY_LAMBDA_RIE"] ?? cached
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()
    static var rie: Bool { underCI || (emulator != nil && hasAwslambdaric) }

    /// Whether `command` runs and exits 0.
    static func succeeds(_ command: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

/// One `meety-bot test` run of RoomBot with a hook: its output, its JSON and JUnit reports, and the
/// marker (`--hook-env MEETY_E2E_MARK=…`) that every process the run started carries in its environment.
struct HookRun {
    let result: CLI.Result
    let marker: String
    /// The `--json` report.
    let report: [String: Any]
    /// The `--junit` report.
    let junit: String

    /// Runs `meety-bot test PATHS --code-hook HOOK OPTIONS` in the fixture folder with `--jobs 1`, so
    /// the scripts share one worker in the suite's order, and checks no process of the run survives it.
    static func run(
        _ paths: [String], hook: String, options: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> HookRun {
        let workspace = try Workspace()
        let marker = UUID().uuidString
        let arguments =
            ["test"] + paths + [
                "--code-hook", hook, "--jobs", "1", "--hook-env", "MEETY_E2E_MARK=\(marker)",
                "--json", workspace.url("report.json").path, "--junit", workspace.url("junit.xml").path,
            ] + options
        let result = try await CLI.run(arguments, in: RoomBot.root)
        let survivors = await MarkedProcesses.survivors(of: marker)
        #expect(survivors.isEmpty, "processes of the run outlived it: \(survivors)", sourceLocation: sourceLocation)
        let report = try #require(
            try JSONSerialization.jsonObject(with: workspace.data("report.json")) as? [String: Any],
            "no JSON report; stdout:\n\(result.stdout)\nstderr:\n\(result.stderr)", sourceLocation: sourceLocation)
        return HookRun(result: result, marker: marker, report: report, junit: try workspace.read("junit.xml"))
    }

    /// The scripts of the JSON report, in order.
    var scripts: [[String: Any]] { report["scripts"] as? [[String: Any]] ?? [] }

    /// Each script's name and status.
    var statuses: [String: String] {
        Dictionary(
            scripts.map { ($0["name"] as? String ?? "", $0["status"] as? String ?? "") }, uniquingKeysWith: { $1 })
    }

    /// The script named `name`.
    func script(_ name: String) -> [String: Any] {
        scripts.first { $0["name"] as? String == name } ?? [:]
    }

    /// The failures of script `name`: each message with its notes, as the JSON report gives them.
    func failures(of name: String) -> [String] {
        (script(name)["failures"] as? [[String: Any]] ?? []).map { failure in
            ([failure["message"] as? String ?? ""] + (failure["notes"] as? [String] ?? [])).joined(separator: "\n")
        }
    }

    /// The hook's output on each turn of script `name`.
    func hookLogs(of name: String) -> [String] {
        (script(name)["transcript"] as? [[String: Any]] ?? []).map { $0["hookLog"] as? String ?? "" }
    }

    /// The transcript of every script without the hook's output: what the bot did, turn by turn.
    var turns: [[String: String]] {
        scripts.flatMap { script in
            (script["transcript"] as? [[String: Any]] ?? []).map { turn in
                var line = turn.compactMapValues { $0 as? String }
                line["hookLog"] = nil
                line["script"] = script["name"] as? String
                return line
            }
        }
    }

    /// Everything the run printed, for messages.
    var output: String { "stdout:\n\(result.stdout)\nstderr:\n\(result.stderr)" }
}
