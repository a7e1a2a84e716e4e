import Foundation
import MeetyTestSupport
import Testing

/// The scripts in examples/real-bots walk the main paths of each real console export and
/// CloudFormation template in Tests/LexModelTests/Fixtures/real-bots, through `meety-bot test --lex`
/// as a user runs them,
/// without the bots' Lambdas (`--code-hook none`).
@Suite struct RealBotScriptTests {
    /// Each real export with the number of scripts written for it.
    static let bots: [(name: String, scripts: Int)] = [
        ("reminderbot", 5), ("aws-cloud-assistant", 7), ("fsi-agent", 6), ("lomibaod-demobot", 4),
        ("blogbot-hotel-ko", 3), ("tachyon-birthstone-nbest", 1), ("tachyon-orderflower-repeat", 3),
        ("tachyon-spelling-sst", 1),
        // CloudFormation templates, run as they are (`--lex` takes a template too).
        ("aws-docs-orderflowers", 3), ("aws-docs-booktrip", 3), ("bedrock-kendra-chatbot", 3),
        ("connect-genai-csbot", 3),
    ]

    @Test(arguments: bots.map(\.name))
    func everyScriptOfTheExportPasses(bot: String) async throws {
        let count = try #require(Self.bots.first { $0.name == bot }?.scripts)
        let folder = "Tests/LexModelTests/Fixtures/real-bots/\(bot)"
        let exportFolder = TestResources.path(folder + "/export").path
        let export =
            FileManager.default.fileExists(atPath: exportFolder)
            ? exportFolder : TestResources.path(folder + "/template.yaml").path
        let scripts = TestResources.path("examples/real-bots/\(bot)").path
        let result = try await Workspace().run("test", "--lex", export, "--code-hook", "none", scripts)
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.hasSuffix("\(count) passed, 0 failed\n"), "\(result.stdout)")
    }

    @Test func coverageOfAFlowBotNamesTheBranchesAndHookStepsNoScriptReached() async throws {
        let workspace = try Workspace()
        let export = TestResources.path("Tests/LexModelTests/Fixtures/real-bots/reminderbot/export").path
        let scripts = TestResources.path("examples/real-bots/reminderbot").path
        let result = try await workspace.run(
            "test", "--lex", export, "--code-hook", "none", scripts, "--coverage", "--json", "report.json")
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: workspace.data("report.json")) as? [String: Any]
        let coverage = try #require(report?["coverage"] as? [String: Any])
        let categories = try #require(coverage["categories"] as? [[String: Any]])
        func category(_ name: String) throws -> [String: Any] {
            try #require(categories.first { $0["name"] as? String == name })
        }
        let branches = try category("branches")
        #expect(branches["total"] as? Int == 10)
        #expect(branches["missing"] as? [String] == ["EmailIntent.initial branch DaysBeforeSet"])
        let hookSteps = try category("hook steps")
        #expect(hookSteps["total"] as? Int == 6)
        #expect(
            hookSteps["missing"] as? [String] == ["FallbackIntent.initial code hook FallbackIntent_InitialCodeHook"])
        let nextSteps = try category("next steps")
        #expect(nextSteps["total"] as? Int == 25)
        #expect(
            (nextSteps["missing"] as? [String])?.contains("CallIntent.slot.Time.failure → StartIntent(FallbackIntent)")
                == false)
        #expect(
            (nextSteps["missing"] as? [String])?.contains("CallIntent.fulfillment.failure → EndConversation") == true)
    }
}
