import Foundation
import LexFacts
import MeetyTestSupport
import Testing

/// `meety-bot serve` end to end: the built binary on a free loopback port, driven by boto3 (the
/// committed `Fixtures/serve/serve_client.py`) with its default parameter validation, and stopped
/// with SIGTERM. Serialized: each test starts its own server, and they would compete for two cores.
@Suite("meety-bot serve through boto3", .serialized)
struct ServeCommandTests {
    static let bot = ["--bot", "bots/meetybot.yaml", "--now", "2026-11-20T09:00"]

    /// Runs `testCase` of the client against `server` and expects every check to pass.
    static func expectCase(
        _ testCase: String, _ server: ServeProcess, options: [String] = [], atLeast checks: Int,
        timeout: Duration = .seconds(60)
    ) async throws {
        let result = try await ServeClient.run(testCase, server: server, options: options, timeout: timeout)
        #expect(result.status == 0, "\(testCase):\n\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("done: \(testCase)"), "\(testCase):\n\(result.stdout)")
        #expect(result.passed.count >= checks, "\(testCase) ran \(result.passed.count) checks:\n\(result.stdout)")
    }

    /// Stops `server` and expects a clean exit within the bound.
    static func expectCleanStop(_ server: ServeProcess) async -> ServeProcess.Stop {
        let stop = await server.stop()
        #expect(stop.stoppedInTime, "the server did not stop on SIGTERM in time")
        #expect(stop.status == 0, "exit \(stop.status):\n\(stop.stderr.suffix(2000))")
        #expect(stop.stderr.contains("stopping (SIGTERM)") && stop.stderr.hasSuffix("stopped\n"))
        return stop
    }

    @Test("a whole booking, a conflict, session round trips, RecognizeUtterance and every error through boto3")
    func mainCases() async throws {
        let server = try await ServeProcess.start(Self.bot)
        #expect(
            server.startupLines.first
                == "bot MeetyBot id \(Self.derivedId("MeetyBot")) alias TSTALIASID locales en_US")
        #expect(server.url.hasPrefix("http://127.0.0.1:") && !server.url.hasSuffix(":0"))
        try await Self.expectCase("booking", server, atLeast: 10)
        try await Self.expectCase("sessions", server, atLeast: 12)
        try await Self.expectCase("utterance", server, atLeast: 9)
        try await Self.expectCase("errors", server, atLeast: 14)
        let stop = await Self.expectCleanStop(server)
        let log = stop.stderr.split(separator: "\n").map(String.init)
        #expect(
            log.contains {
                $0.hasPrefix(
                    "POST /bots/\(server.botId)/botAliases/TSTALIASID/botLocales/en_US/sessions/alice-booking/text 200 "
                )
                    && $0.hasSuffix(" ms session alice-booking")
            }, "request log:\n\(stop.stderr.prefix(1500))")
        #expect(log.contains { $0.contains("/sessions/never-started 404 ") })
        #expect(log.contains { $0.hasPrefix("POST /bots/ZZZZZZZZZZ/") && $0.contains(" 404 ") })
    }

    @Test("a failing, invalid or slow code hook is a DependencyFailedException; its workers end with the server")
    func dependencyFailures() async throws {
        let hook = TestResources.path("Tests/MeetyBotCLITests/Fixtures/serve/failing_hook.js").path
        let server = try await ServeProcess.start(Self.bot + ["--code-hook", "node:\(hook)", "--timeout", "1"])
        try await Self.expectCase("dependency", server, atLeast: 5)
        let workers = server.childProcessIDs()
        #expect(!workers.isEmpty, "the Node.js hook should run in a worker process of the server")
        let stop = await Self.expectCleanStop(server)
        #expect(stop.stderr.contains("the booking service is down"), "the hook's error reaches the log")
        for pid in workers {
            #expect(kill(pid, 0) == -1 && errno == ESRCH, "hook worker \(pid) outlived the server")
        }
    }

    #if AWS
        @Test("--verify-signature answers good signatures and refuses a wrong secret or an unknown key with 403")
        func signatures() async throws {
            let credentials = ["AWS_ACCESS_KEY_ID": "AKIDSERVETEST", "AWS_SECRET_ACCESS_KEY": "serve-test-secret"]
            let server = try await ServeProcess.start(Self.bot + ["--verify-signature"], environment: credentials)
            try await Self.expectCase(
                "signature", server, options: ["key=AKIDSERVETEST", "secret=serve-test-secret"], atLeast: 4)
            _ = await Self.expectCleanStop(server)
        }
    #else
        @Test("without AWS support (MEETY_AWS=1), --verify-signature is refused with how to build it in")
        func signaturesNeedTheAWSBuild() async throws {
            let workspace = try Workspace()
            let result = try await CLI.run(
                ["serve", "--bot", TestResources.path("bots/meetybot.yaml").path, "--verify-signature"],
                in: workspace.root)
            #expect(result.status == 1)
            #expect(result.stderr.contains("'MEETY_AWS=1 swift build'"), "\(result.stderr)")
        }
    #endif

    @Test("a browser page may call it: preflights, readable answers and headers; --allow-origin lists origins")
    func browserPages() async throws {
        let anyOrigin = try await ServeProcess.start(Self.bot)
        try await Self.expectCase("cors", anyOrigin, atLeast: 12)
        _ = await Self.expectCleanStop(anyOrigin)
        let page = "http://localhost:5173"
        let listed = try await ServeProcess.start(Self.bot + ["--allow-origin", page])
        try await Self.expectCase("cors", listed, options: ["origin=\(page)", "listed=1"], atLeast: 14)
        let stop = await Self.expectCleanStop(listed)
        #expect(stop.stderr.contains("OPTIONS /bots/"), "preflights are logged like any request")
    }

    @Test("200 concurrent sessions each book their own slot; 50 racing for one slot leave exactly one booking")
    func load() async throws {
        let server = try await ServeProcess.start(Self.bot)
        try await Self.expectCase(
            "load", server, options: ["sessions=200", "racers=50"], atLeast: 3, timeout: .seconds(240))
        _ = await Self.expectCleanStop(server)
    }

    @Test("a Lex export is served under its own identifier, one without one under the derived id")
    func exportIdentifiers() async throws {
        for (path, expected) in [
            (
                "Tests/LexModelTests/Fixtures/TravelBuddy",
                "bot TravelBuddy id U6FQYXVFLD alias TSTALIASID locales en_US"
            ),
            (
                "Tests/LexModelTests/Fixtures/real-bots/reminderbot/export",
                "bot ReminderBot id \(Self.derivedId("ReminderBot")) alias TSTALIASID locales en_US"
            ),
        ] {
            let server = try await ServeProcess.start(["--lex", path])
            #expect(server.startupLines.first == expected, "\(server.startupLines)")
            _ = await Self.expectCleanStop(server)
        }
    }

    @Test("misuse is refused before anything starts")
    func misuse() async throws {
        let root = TestResources.packageRoot
        let badClock = try await CLI.run(["serve", "--now", "next tuesday"], in: root)
        #expect(badClock.status == 64 && badClock.stderr.contains("--now must be"))
        let badPort = try await CLI.run(["serve", "--port", "70000"], in: root)
        #expect(badPort.status == 64 && badPort.stderr.contains("--port must be"))
        let badOrigin = try await CLI.run(["serve", "--allow-origin", "localhost:8080/app"], in: root)
        #expect(badOrigin.status == 64 && badOrigin.stderr.contains("is not an origin"), "\(badOrigin.stderr)")
        let scratch = try Workspace()
        let noBots = try await CLI.run(["serve", "--port", "0"], in: scratch.root)
        #expect(noBots.status == 1 && noBots.stderr.contains("no bot given"), "\(noBots.stderr)")
    }

    /// The identifier the compiler derives for a bot name (the `LexIdentifiers` rule, recomputed here
    /// independently: base 36 of FNV-1a-64 mod 36^10).
    static func derivedId(_ name: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var value = hash % 3_656_158_440_062_976
        let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var text: [Character] = []
        for _ in 0..<10 {
            text.append(digits[Int(value % 36)])
            value /= 36
        }
        return String(text.reversed())
    }
}
