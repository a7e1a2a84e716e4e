import Foundation
import MeetyTestSupport
import Testing

/// `meety-bot import`: every console export (tree and zip) and every CloudFormation template among the
/// fixtures is imported, and `meety-bot diff` between the source and the imported bot (compiled)
/// finds nothing but what the import warned the bot format cannot express.
@Suite struct ImportCommandTests {
    /// A source, and what its import and round trip must show.
    struct Source: Sendable, CustomStringConvertible {
        var path: String
        /// The exit status of `import`.
        var importStatus: Int32 = 0
        /// Texts the import's diagnostics must contain.
        var reports: [String] = []
        /// The differences left after the round trip: kind, change and path of each.
        var residual: [[String]] = []

        var description: String { path }
    }

    static let realBots = "Tests/LexModelTests/Fixtures/real-bots/"
    static let lexExports = "Tests/LexModelTests/Fixtures/"

    static let fsiResidual = [
        ["flow step", "changed", "intent", "LoanApplication", "confirmation", "declined", "next"],
        ["message", "changed", "intent", "VerifyIdentity", "closing", "response"],
    ]
    static let fsiReports = [
        "intentConfirmationSetting.declinationNextStep of intent 'LoanApplication' (en_US): StartIntent names no intent",
        "an image response card 'Lex Bot'; the bot format has plain text, so its title is imported",
        "fulfillment updates are not in the bot format",
    ]

    static let sources: [Source] = [
        // Its regex filter `[0-9][a-z]-` is one the format's rule takes, so it round-trips unchanged.
        Source(path: realBots + "aws-cloud-assistant/export"),
        Source(path: realBots + "blogbot-hotel-ko/export"),
        Source(path: realBots + "blogbot-hotel-ko/BlogBot-3-YTZOBUF72Q-LexJson.zip"),
        Source(path: realBots + "fsi-agent/export", reports: fsiReports, residual: fsiResidual),
        Source(path: realBots + "fsi-agent/lex.zip", reports: fsiReports, residual: fsiResidual),
        Source(path: realBots + "lomibaod-demobot/export"),
        Source(path: realBots + "lomibaod-demobot/SampleLexV2BotExportJson.zip"),
        Source(path: realBots + "reminderbot/export"),
        Source(path: realBots + "tachyon-birthstone-nbest/export"),
        Source(path: realBots + "tachyon-birthstone-nbest/OrderBirthStone-DRAFT-EGMYCAGN5I-LexJson.zip"),
        Source(path: realBots + "tachyon-orderflower-repeat/export"),
        Source(path: realBots + "tachyon-orderflower-repeat/OrderFlower-repeat-DRAFT-LexJson.zip"),
        Source(path: realBots + "tachyon-spelling-sst/export"),
        Source(path: realBots + "tachyon-spelling-sst/SST_Doc_Bot-DRAFT-WPCKL6OHLO-LexJson.zip"),
        Source(path: lexExports + "PizzaShop"),
        Source(path: lexExports + "TravelBuddy"),
        Source(
            path: lexExports + "QicTestBot", importStatus: 1,
            reports: [
                "qInConnectIntentConfiguration of intent 'AmazonQinConnect' (en_US): Q in Connect intents are not in the bot format",
                "needs a qInConnectIntentConfiguration, which the bot format cannot express [unknown-parent-intent]",
            ]),
        Source(
            path: realBots + "aws-docs-booktrip/template.yaml",
            reports: [
                "valueElicitationSetting.promptSpecification.allowInterrupt of slot 'PickUpCity' of intent 'BookCar'"
            ]),
        Source(path: realBots + "aws-docs-orderflowers/template.yaml"),
        Source(path: realBots + "bedrock-kendra-chatbot/template.yaml"),
        Source(
            path: realBots + "connect-genai-csbot/template.yaml",
            reports: [
                "parameter 'AmazonLexBotName' has no Default; its name is used as its value [template-unresolved]"
            ]),
        Source(
            path: realBots + "fsi-agent/template.yaml", importStatus: 1,
            reports: [
                "imports its bot from S3 (BotFileS3Location); read the bot's export zip instead [template-bot-not-inline]"
            ]),
    ]

    @Test(arguments: sources)
    func importThenCompileGivesBackTheSource(_ source: Source) async throws {
        let workspace = try Workspace()
        let path = TestResources.path(source.path).path
        let imported = try await workspace.run("import", path, "--out", "imported.yaml")
        #expect(imported.status == source.importStatus, "\(imported.stderr)")
        for text in source.reports { #expect(imported.stderr.contains(text), "\(source): \(imported.stderr)") }
        guard source.importStatus == 0 else { return }
        #expect(try workspace.read("imported.yaml").hasPrefix("# Imported by meety-bot from \(path).\n"))
        let diff = try await workspace.run("diff", path, "imported.yaml", "--json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        let changes = (report["changes"] as? [[String: Any]] ?? []).map { change in
            [change["kind"] as? String ?? "", change["change"] as? String ?? ""] + (change["path"] as? [String] ?? [])
        }
        #expect(changes == source.residual, "\(source): \(diff.stdout)")
        #expect(diff.status == (source.residual.isEmpty ? 0 : 1))
        // Every difference left is one the import reported as not expressible.
        #expect(imported.stderr.contains("[import-not-expressible]") || source.residual.isEmpty)
    }

    @Test func theImportedBotPassesItsOwnGate() async throws {
        let workspace = try Workspace()
        let source = TestResources.path(Self.realBots + "reminderbot/export").path
        let imported = try await workspace.run("import", source, "--out", "bots/reminder.yaml")
        #expect(imported.status == 0, "\(imported.stderr)")
        let validated = try await workspace.run("validate", "bots/reminder.yaml")
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        let compiled = try await workspace.run("compile", "bots/reminder.yaml", "--out", "build")
        #expect(compiled.status == 0, "\(compiled.stderr)")
        let again = try await workspace.run("diff", source, "build/ReminderBot")
        #expect(again.status == 0, "the compiled tree reads back as the source: \(again.stdout)")
    }

    @Test func standardOutputWithoutOut() async throws {
        let workspace = try Workspace()
        let source = TestResources.path(Self.realBots + "aws-docs-orderflowers/template.yaml").path
        let result = try await workspace.run("import", source)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("name: OrderFlowersWithCFN\n"))
        #expect(result.stdout.contains("      OrderFlowers:\n"))
    }

    @Test func aBotFileIsNotImported() async throws {
        let workspace = try Workspace()
        try workspace.copyFromRepository("bots/meetybot.yaml", to: "bots/meetybot.yaml")
        let result = try await workspace.run("import", "bots/meetybot.yaml")
        #expect(result.status == 1)
        #expect(result.stderr.contains("is already a bot file in meety-bot's format"))
    }
}
