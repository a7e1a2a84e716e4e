import MeetyTestSupport
import Testing

@testable import MeetyBotCLI

/// The tool as a whole: version, help, and misuse of the command line (exit 64).
@Suite struct CommandLineTests {
    @Test func versionPrintsTheVersionAndExitsZero() async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("--version")
        #expect(result.status == 0)
        #expect(result.stdout == MeetyBotCommand.version + "\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func helpListsEverySubcommandAndTheExitCodes() async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("--help")
        #expect(result.status == 0)
        for subcommand in ["compile", "validate", "test", "chat"] {
            #expect(result.stdout.contains("  \(subcommand) "), "help does not list \(subcommand)")
        }
        #expect(result.stdout.contains("64 command-line misuse"))
    }

    @Test(arguments: [
        ["--frobnicate"],
        ["test", "--jobs", "0"],
        ["test", "--bot", "a.yaml", "--lex", "b"],
        ["chat", "--now", "2026-02-29T09:00"],
        ["chat", "--session", String(repeating: "x", count: 101)],
        ["chat", "--code-hook", "lambda"],
    ])
    func misuseExitsWith64AndExplainsOnStandardError(arguments: [String]) async throws {
        let workspace = try Workspace()
        let result = try await CLI.run(arguments, in: workspace.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error:"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownSubcommandIsMisuse() async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("deploy")
        #expect(result.status == 64)
        #expect(result.stderr.contains("deploy"))
    }
}
