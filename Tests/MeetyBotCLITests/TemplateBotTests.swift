import Foundation
import MeetyTestSupport
import Testing

/// A CloudFormation template where `--lex` takes an export: `test`, `chat` and `validate`.
@Suite struct TemplateBotTests {
    static let orderFlowers = "Tests/LexModelTests/Fixtures/real-bots/aws-docs-orderflowers/template.yaml"

    @Test func testRunsScriptsOnATemplatesBot() async throws {
        let workspace = try Workspace()
        try workspace.write(
            "conversations/flowers.yaml",
            """
            name: orders roses for tomorrow
            now: 2026-03-02T09:00
            turns:
              - user: I would like to order some flowers
                intent: OrderFlowers
                slot: FlowerType
                bot: What type of flowers would you like to order?
              - user: roses
                slot: PickupDate
                bot: What day do you want the roses to be picked up?
              - user: tomorrow
                slots: {PickupDate: 2026-03-03}
              - user: 10:30 am
                action: ConfirmIntent

            """)
        let template = TestResources.path(Self.orderFlowers).path
        let result = try await workspace.run("test", "conversations/", "--lex", template)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"))
    }

    @Test func validateReadsATemplate() async throws {
        let workspace = try Workspace()
        let template = TestResources.path(Self.orderFlowers).path
        let result = try await workspace.run("validate", "--lex", template)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == "\(template): bot OrderFlowersWithCFN reads as a template with 2 intents in 1 locale\n")
        let notInline = TestResources.path("Tests/LexModelTests/Fixtures/real-bots/fsi-agent/template.yaml").path
        let refused = try await workspace.run("validate", "--lex", notInline)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[template-bot-not-inline]"))
        let strict = try await workspace.run(
            "validate", "--strict", "--lex",
            TestResources.path("Tests/LexModelTests/Fixtures/real-bots/connect-genai-csbot/template.yaml").path)
        #expect(strict.status == 1, "a template-unresolved warning fails --strict")
    }

    @Test func chatTalksToATemplatesBot() async throws {
        let workspace = try Workspace()
        let template = TestResources.path(Self.orderFlowers).path
        let result = try await workspace.run(
            "chat", "--lex", template, input: "I would like to order some flowers\n:quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("What type of flowers would you like to order?"), "\(result.stdout)")
    }
}
