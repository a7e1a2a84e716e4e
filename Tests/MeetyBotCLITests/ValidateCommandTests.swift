import MeetyTestSupport
import Testing

/// `meety-bot validate`: diagnostics only, exit 1 on an invalid bot.
@Suite struct ValidateCommandTests {
    @Test func aValidBotExitsZero() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        let result = try await workspace.run("validate", "bots/tea.yaml")
        #expect(result.status == 0)
        #expect(result.stdout == "1 of 1 bot file valid\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func theDefaultIsEveryBotInBots() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/tea.yaml", Fixtures.teaBot)
        try workspace.write("bots/broken.yaml", Fixtures.brokenBot.text)
        let result = try await workspace.run("validate")
        #expect(result.status == 1)
        #expect(result.stdout == "1 of 2 bot files valid\n")
    }

    @Test func anInvalidBotExitsOneWithAPositionedDiagnostic() async throws {
        let workspace = try Workspace()
        try workspace.write("bots/broken.yaml", Fixtures.brokenBot.text)
        let result = try await workspace.run("validate", "bots/broken.yaml")
        #expect(result.status == 1)
        let position = Fixtures.brokenBot["1️⃣"]
        let prefix = "bots/broken.yaml:\(position.line):\(position.column): error: "
        let line = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.hasPrefix(prefix), "stderr: \(result.stderr)")
        #expect(line.contains("utterences"))
        #expect(line.hasSuffix("[unknown-key]"))
        #expect(result.stdout == "0 of 1 bot file valid\n")
    }

    @Test func aMissingFileIsReportedNotCrashedOn() async throws {
        let workspace = try Workspace()
        let result = try await workspace.run("validate", "bots/nope.yaml")
        #expect(result.status == 1)
        #expect(result.stderr.contains("bots/nope.yaml:1:1: error: cannot read 'bots/nope.yaml': no such file"))
    }
}
