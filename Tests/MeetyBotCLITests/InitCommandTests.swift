import Foundation
import MeetyTestSupport
import Testing

/// `meety-bot init`: a project whose gate passes at once, and no file ever overwritten.
@Suite struct InitCommandTests {
    @Test func aNewProjectPassesItsOwnGate() async throws {
        let workspace = try Workspace()
        let created = try await workspace.run("init", "shop-bot")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("created bot ShopBot in shop-bot:\n"))
        for path in [
            "bots/shopbot.yaml", "conversations/greeting.yaml", "conversations/booking.yaml", "README.md",
            ".github/workflows/meety-bot.yml", "schemas/bot.schema.json", "schemas/conversation.schema.json",
        ] {
            #expect(workspace.exists("shop-bot/" + path), "\(path)")
        }
        let project = try Workspace.Subfolder(workspace, "shop-bot")
        let tested = try await project.run("test", "conversations/")
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
        #expect(tested.stdout.hasSuffix("2 passed, 0 failed\n"))
        let compiled = try await project.run("compile")
        #expect(compiled.status == 0, "\(compiled.stderr)")
        let strict = try await project.run("validate", "bots/", "--strict")
        #expect(strict.status == 0, "\(strict.stdout)\(strict.stderr)")
        // Every YAML file names the project's own copy of its schema, which `meety-bot schema` prints.
        #expect(
            try workspace.read("shop-bot/bots/shopbot.yaml").hasPrefix(
                "# yaml-language-server: $schema=../schemas/bot.schema.json\n"))
        for script in ["greeting", "booking"] {
            #expect(
                try workspace.read("shop-bot/conversations/\(script).yaml").hasPrefix(
                    "# yaml-language-server: $schema=../schemas/conversation.schema.json\n"))
        }
        let printed = try await project.run("schema", "bot")
        #expect(try workspace.read("shop-bot/schemas/bot.schema.json") == printed.stdout)
        let workflow = try workspace.read("shop-bot/.github/workflows/meety-bot.yml")
        #expect(workflow.contains("meety-bot test conversations/ --junit junit.xml"))
    }

    @Test func existingFilesAreNeverOverwritten() async throws {
        let workspace = try Workspace()
        try workspace.write("README.md", "my own readme\n")
        let result = try await workspace.run("init", ".", "--name", "Tea")
        #expect(result.status == 1)
        #expect(result.stderr.contains("these exist: ./README.md"))
        #expect(try workspace.read("README.md") == "my own readme\n")
        #expect(!workspace.exists("bots/tea.yaml"), "nothing is written when anything exists")
    }

    @Test func aNameThatIsNoLexBotNameIsMisuse() async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("init", "--name", "my bot")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--name must be a Lex bot name"))
    }
}

extension Workspace {
    /// A folder inside a workspace, where the CLI can run.
    struct Subfolder {
        let root: URL

        init(_ workspace: Workspace, _ path: String) throws {
            root = workspace.url(path)
        }

        func run(_ arguments: String...) async throws -> CLI.Result {
            try await CLI.run(arguments, in: root)
        }
    }
}
