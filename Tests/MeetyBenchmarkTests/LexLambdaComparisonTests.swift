import Foundation
import MeetyBenchmark
import MeetyTestSupport
import Testing

/// `meety-bench --original-lexlambda`: the harness runs a Python handler on moto beside the built
/// `meety-bot`. The handler here is a stand-in of our own (Fixtures/standin_lexlambda.py), not the
/// original. Without boto3 and moto the runs are skipped, except under CI (`CI=true`).
@Suite("Original LexLambda comparison")
struct LexLambdaComparisonTests {
    static let underCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let hasMoto = hasPythonModules()
    static let standIn = TestResources.path("Tests/MeetyBenchmarkTests/Fixtures/standin_lexlambda.py").path
    static let bot = TestResources.path("bots/meetybot.yaml").path

    private static func hasPythonModules() -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import boto3; from moto import mock_aws"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// The built `meety-bot`: next to the test bundle, else in `.build/debug`.
    private static func meetyBot() throws -> String {
        let folders =
            Bundle.allBundles.filter { $0.bundleURL.pathExtension == "xctest" }.map {
                $0.bundleURL.deletingLastPathComponent()
            } + [TestResources.path(".build/debug")]
        let found = folders.map { $0.appendingPathComponent("meety-bot").path }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        return try #require(found, "build meety-bot first (swift build)")
    }

    @Test("without a handler file, or with a missing one, the comparison says why it is not run")
    func unavailable() throws {
        let none = try #require(OriginalLexLambdaBenchmark.unavailable(handler: nil))
        #expect(none.contains("--original-lexlambda FILE.py") && none.contains("not part of the repository"))
        let missing = try #require(OriginalLexLambdaBenchmark.unavailable(handler: "/nonexistent/lexlambda.py"))
        #expect(missing.contains("/nonexistent/lexlambda.py does not exist"))
    }

    @Test(.enabled(if: underCI || hasMoto, "boto3 and moto are not installed"))
    func theStandInBooksEveryMeetingBesideMeetyBot() throws {
        #expect(OriginalLexLambdaBenchmark.unavailable(handler: Self.standIn) == nil)
        let comparison = try OriginalLexLambdaBenchmark(
            handler: Self.standIn, meetyBot: try Self.meetyBot(), botPath: Self.bot, bookings: 12
        ).run()
        #expect(comparison.bookings == 12)
        #expect(comparison.pythonItems == 12, "one pending record per booking")
        #expect(comparison.meetyTurns == SyntheticSuite(scripts: 12).files().map(\.turns).reduce(0, +))
        #expect(comparison.pythonCallsMs > 0 && comparison.meetyProcessMs > 0)
        #expect(comparison.pythonP50CallUs <= comparison.pythonP99CallUs)
        #expect(abs(comparison.ratio - comparison.pythonPerBookingUs / comparison.meetyPerBookingUs) < 1e-9)
    }

    @Test(.enabled(if: underCI || hasMoto, "boto3 and moto are not installed"))
    func aHandlerThatFailsABookingIsAnErrorNotAFigure() throws {
        let workspace = try Workspace()
        try workspace.write(
            "broken.py",
            "def lambda_handler(event, context):\n"
                + "    if event['sessionId'] == 'bench-3':\n        raise KeyError('MeetingTime')\n"
                + "    return {'sessionState': {'dialogAction': {'type': 'Close'}}}\n")
        let error = #expect(throws: BenchmarkError.self) {
            _ = try OriginalLexLambdaBenchmark(
                handler: workspace.url("broken.py").path, meetyBot: "/nonexistent/meety-bot", botPath: Self.bot,
                bookings: 5
            ).run()
        }
        #expect(error?.description.contains("booking 3 raised") == true, "\(String(describing: error))")
    }
}
