import Foundation
import MeetyTestSupport
import Testing

/// The examples whose code hooks are real Lambda handlers in another language, run through the built
/// `meety-bot` as their READMEs tell users to: CoffeeBot with its Node.js hook (examples/node-orders),
/// and a console export with a Python hook of our own (examples/python-demobot, `--lex`). The Python
/// port of MeetyBot's LexLambda needs DynamoDB and is run by scripts/ci-foreign-hooks.sh only.
///
/// Without node or awslambdaric a test is skipped with the reason, except under CI (`CI=true`), where
/// .ci/run installs them and a missing tool fails the test instead.
@Suite struct ExampleHookTests {
    static let underCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let hasNode = runs("node", "--version")
    static let hasAwslambdaric = runs("python3", "-c", "import awslambdaric")

    static let coffeeBot = TestResources.path("examples/node-orders/coffeebot.yaml").path
    static let coffeeScripts = TestResources.path("examples/node-orders/conversations").path
    static let demoExport = TestResources.path("Tests/LexModelTests/Fixtures/real-bots/lomibaod-demobot/export").path
    static let demoHook = "python:" + TestResources.path("examples/python-demobot/hook/lambda_function.py").path
    static let demoScripts = TestResources.path("examples/python-demobot/conversations").path

    @Test(.enabled(if: underCI || hasNode, "node is not installed"))
    func everyCoffeeBotScriptPassesWithItsNodeHook() async throws {
        let result = try await Workspace().run("test", Self.coffeeScripts, "--bot", Self.coffeeBot)
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.hasSuffix("8 passed, 0 failed\n"), "\(result.stdout)")
    }

    /// Two jobs start their scripts together and both ask for the hook's worker pool: one pool is
    /// made, and its scratch folder (the Node.js client, the clock files) is gone when the run ends.
    @Test(.enabled(if: underCI || hasNode, "node is not installed"))
    func aRunLeavesNoScratchFolderBehind() async throws {
        let workspace = try Workspace()
        let scratch = workspace.url("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        for _ in 0..<3 {
            let result = try await CLI.run(
                ["test", Self.coffeeScripts, "--bot", Self.coffeeBot, "--jobs", "2"], in: workspace.root,
                environment: ["TMPDIR": scratch.path])
            #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    /// `:save` replays the saved script on a second worker while the chat keeps its own, and leaves
    /// out `expect.meetings`, which a hook process cannot check over the in-memory store.
    @Test(.enabled(if: underCI || hasNode, "node is not installed"))
    func aChatWithTheNodeHookIsSavedAndReplayed() async throws {
        let workspace = try Workspace()
        let input = "I want a coffee\n:save order.yaml\n:quit\n"
        let chat = try await workspace.run("chat", "--bot", Self.coffeeBot, "--now", "2026-11-20T09:00", input: input)
        #expect(chat.status == 0, "stdout: \(chat.stdout)\nstderr: \(chat.stderr)")
        #expect(chat.stdout.contains("saved 1 step to order.yaml\n"), "\(chat.stdout)")
        #expect(chat.stdout.contains("left out the world's expectations: 'expect.meetings' uses the in-memory"))
        #expect(chat.stdout.contains("replayed it: it passes"), "\(chat.stdout)")
        let saved = try workspace.read("order.yaml")
        #expect(!saved.contains("meetings"), "\(saved)")
        let test = try await workspace.run("test", "order.yaml")
        #expect(test.status == 0 && test.stdout.hasSuffix("1 passed, 0 failed\n"), "\(test.stdout)\n\(test.stderr)")
    }

    /// The scripts hold the hook's own replies: without the hook, every script whose turns the hook
    /// answers fails; only the fallback script, which asserts that no hook is called, still passes.
    @Test func coffeeBotScriptsNeedTheHook() async throws {
        let result = try await Workspace().run(
            "test", Self.coffeeScripts, "--bot", Self.coffeeBot, "--code-hook", "none")
        #expect(result.status == 1, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.hasSuffix("1 passed, 7 failed\n"), "\(result.stdout)")
    }

    @Test(.enabled(if: underCI || hasAwslambdaric, "awslambdaric is not installed"))
    func everyDemoBotScriptPassesWithThePythonHookOnTheExport() async throws {
        let result = try await Workspace().run(
            "test", "--lex", Self.demoExport, "--code-hook", Self.demoHook, Self.demoScripts)
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.hasSuffix("6 passed, 0 failed\n"), "\(result.stdout)")
    }

    @Test func demoBotScriptsNeedTheHook() async throws {
        let result = try await Workspace().run(
            "test", "--lex", Self.demoExport, "--code-hook", "none", Self.demoScripts)
        #expect(result.status == 1, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.hasSuffix("0 passed, 6 failed\n"), "\(result.stdout)")
    }

    /// Whether `command` runs and exits 0.
    static func runs(_ command: String...) -> Bool { HookTools.succeeds(command) }
}
