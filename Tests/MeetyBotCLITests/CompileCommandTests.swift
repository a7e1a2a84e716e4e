import Foundation
import MeetyTestSupport
import Testing

/// `meety-bot compile`: the output tree, reproducible bytes, and `--check` for stale, missing and
/// orphaned files.
@Suite struct CompileCommandTests {
    /// The files compiling `Fixtures.teaBot` produces, relative to `--out`.
    static let teaBotFiles = [
        "TeaBot.template.json",
        "TeaBot.zip",
        "TeaBot/Manifest.json",
        "TeaBot/TeaBot/Bot.json",
        "TeaBot/TeaBot/BotLocales/en_US/BotLocale.json",
        "TeaBot/TeaBot/BotLocales/en_US/Intents/FallbackIntent/Intent.json",
        "TeaBot/TeaBot/BotLocales/en_US/Intents/Greet/Intent.json",
        "TeaBot/TeaBot/BotLocales/en_US/Intents/OrderTea/Intent.json",
        "TeaBot/TeaBot/BotLocales/en_US/Intents/OrderTea/Slots/Kind/Slot.json",
        "TeaBot/TeaBot/BotLocales/en_US/SlotTypes/TeaKind/SlotType.json",
    ]

    private func compiledWorkspace() async throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        let result = try await workspace.run("compile", "bots/tea.yaml", "--out", "out")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return workspace
    }

    @Test func writesTheLexLayoutZipAndTemplate() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        let result = try await workspace.run("compile", "bots/tea.yaml", "--out", "out")
        #expect(result.status == 0)
        #expect(try workspace.files(under: "out") == Self.teaBotFiles)
        #expect(
            result.stdout == "compiled TeaBot (bots/tea.yaml): 10 files\nout: 10 written, 0 removed, 0 unchanged\n")
        let template = try JSONSerialization.jsonObject(with: workspace.data("out/TeaBot.template.json"))
        #expect(template is [String: Any])
        #expect(try workspace.data("out/TeaBot.zip").prefix(2) == Data("PK".utf8))
    }

    @Test func aSecondRunIsByteIdenticalAndWritesNothing() async throws {
        let workspace = try await compiledWorkspace()
        let first = try Dictionary(uniqueKeysWithValues: Self.teaBotFiles.map { ($0, try workspace.data("out/\($0)")) })
        let again = try await workspace.run("compile", "bots/tea.yaml", "--out", "out")
        #expect(again.status == 0)
        #expect(again.stdout.hasSuffix("out: 0 written, 0 removed, 10 unchanged\n"))
        for (path, bytes) in first {
            #expect(try workspace.data("out/\(path)") == bytes, "\(path) changed between runs")
        }
    }

    @Test func checkPassesWhenTheOutputIsCurrent() async throws {
        let workspace = try await compiledWorkspace()
        let result = try await workspace.run("compile", "bots/tea.yaml", "--out", "out", "--check")
        #expect(result.status == 0)
        #expect(result.stdout == "out is up to date (1 bot)\n")
    }

    @Test func checkListsStaleFilesAfterTheBotChanges() async throws {
        let workspace = try await compiledWorkspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot.replacingOccurrences(of: "Hi there", with: "Good day"))
        let before = try workspace.data("out/TeaBot/TeaBot/BotLocales/en_US/Intents/Greet/Intent.json")
        let result = try await workspace.run("compile", "bots/tea.yaml", "--out", "out", "--check")
        #expect(result.status == 1)
        #expect(result.stdout.contains("stale:    out/TeaBot/TeaBot/BotLocales/en_US/Intents/Greet/Intent.json\n"))
        #expect(!result.stdout.contains("OrderTea"), "only files that changed are stale")
        #expect(result.stderr.contains("differ from the compiled bots"))
        #expect(try workspace.data("out/TeaBot/TeaBot/BotLocales/en_US/Intents/Greet/Intent.json") == before)
    }

    @Test func checkReportsOrphanedFilesAndCompileRemovesThem() async throws {
        let workspace = try await compiledWorkspace()
        try workspace.write("out/TeaBot/TeaBot/BotLocales/en_US/Intents/Gone/Intent.json", "{}")
        let check = try await workspace.run("compile", "bots/tea.yaml", "--out", "out", "--check")
        #expect(check.status == 1)
        #expect(check.stdout == "orphaned: out/TeaBot/TeaBot/BotLocales/en_US/Intents/Gone/Intent.json\n")
        let compile = try await workspace.run("compile", "bots/tea.yaml", "--out", "out")
        #expect(compile.status == 0)
        #expect(compile.stdout.hasSuffix("out: 0 written, 1 removed, 10 unchanged\n"))
        #expect(!workspace.exists("out/TeaBot/TeaBot/BotLocales/en_US/Intents/Gone"))
    }

    @Test func checkReportsMissingFiles() async throws {
        let workspace = try await compiledWorkspace()
        try FileManager.default.removeItem(at: workspace.url("out/TeaBot.zip"))
        let result = try await workspace.run("compile", "bots/tea.yaml", "--out", "out", "--check")
        #expect(result.status == 1)
        #expect(result.stdout == "missing:  out/TeaBot.zip\n")
    }

    @Test func aMissingInputFileExitsOneAndWritesNothing() async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("compile", "bots/absent.yaml", "--out", "out")
        #expect(result.status == 1)
        #expect(result.stderr.contains("bots/absent.yaml:1:1: error: cannot read 'bots/absent.yaml': no such file"))
        #expect(!workspace.exists("out"))
    }

    @Test func anInvalidBotWritesNothing() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/broken.yaml", Fixtures.brokenBot.text)
        let result = try await workspace.run("compile", "bots/broken.yaml", "--out", "out")
        #expect(result.status == 1)
        #expect(result.stderr.contains("[unknown-key]"))
        #expect(!workspace.exists("out"))
    }

    @Test func aFolderStandsForTheBotFilesInIt() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        try workspace.write("bots/README.txt", "not a bot")
        let result = try await workspace.run("compile", "bots/", "--out", "out")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("compiled TeaBot (bots/tea.yaml): 10 files\n"))
        #expect(try workspace.files(under: "out") == Self.teaBotFiles)
        let validate = try await workspace.run("validate", "bots")
        #expect(validate.status == 0, "stderr: \(validate.stderr)")
    }

    @Test func aFolderWithoutBotFilesExitsOneAndWritesNothing() async throws {
        let workspace = try Workspace()
        try workspace.write("empty/README.txt", "not a bot")
        let result = try await workspace.run("compile", "empty", "--out", "out")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("empty:1:1: error: no bot files (.yaml/.yml) found in 'empty' [unreadable-file]"))
        #expect(!workspace.exists("out"))
    }
}
