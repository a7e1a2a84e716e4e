import BotModel
import Foundation
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("MeetyBot definitions")
struct MeetyBotDefinitionTests {
    @Test("bots/meetybot.yaml validates with no diagnostics at all, even in strict mode")
    func meetyBotIsClean() throws {
        let url = TestResources.path("bots/meetybot.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        for strict in [false, true] {
            let diagnostics = BotValidation.diagnostics(text, file: "bots/meetybot.yaml", strict: strict)
            #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        }
        let (bot, _) = BotValidation.load(text)
        let validated = try #require(bot)
        #expect(validated.warnings.isEmpty)
        #expect(
            validated.definition.locales.first?.intents.map(\.name.value) == [
                "StartMeety", "BookMeeting", "FallbackIntent",
            ])
    }

    @Test("the DESIGN §3 example validates with no diagnostics")
    func designExampleIsClean() throws {
        let url = TestResources.path("Tests/BotModelTests/Fixtures/valid/design-example.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let diagnostics = BotValidation.diagnostics(text, strict: true)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test("a typo in a BookMeeting utterance gets the DESIGN §3 message at the utterance")
    func designMessageShape() throws {
        let url = TestResources.path("bots/meetybot.yaml")
        let original = try String(contentsOf: url, encoding: .utf8)
        let broken = original.replacingOccurrences(
            of: "- book a meeting on {MeetingDate} at {MeetingTime}",
            with: "- book at {MeetingTme}"
        )
        try #require(broken != original)
        let diagnostics = BotValidation.diagnostics(broken, file: "bots/meetybot.yaml")
        #expect(
            diagnostics.map(\.description) == [
                "bots/meetybot.yaml:41:13: error: utterance \"book at {MeetingTme}\" names slot 'MeetingTme', which "
                    + "intent 'BookMeeting' does not have (did you mean 'MeetingTime'?) [undefined-slot-reference]"
            ])
    }

    @Test("the opening example of docs/bot-format.md is a valid bot")
    func formatReferenceExample() throws {
        let text = try String(contentsOf: TestResources.path("docs/bot-format.md"), encoding: .utf8)
        let start = try #require(text.range(of: "```yaml\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        expectClean(String(text[start.upperBound..<end.lowerBound]))
    }

    @Test("the conversation-flow example of docs/bot-format.md is a valid bot, even in strict mode")
    func flowReferenceExample() throws {
        let text = try String(contentsOf: TestResources.path("docs/bot-format.md"), encoding: .utf8)
        let section = try #require(text.range(of: "## Conversation flows"))
        let start = try #require(text.range(of: "```yaml\n", range: section.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let example = String(text[start.upperBound..<end.lowerBound])
        expectClean(example)
        let (bot, _) = BotValidation.load(example)
        let order = try #require(bot?.definition.locales.first?.intents.first)
        #expect(order.initialResponse?.hook?.label?.value == "StartOrder")
        #expect(order.closingFlow?.branches.map(\.name.value) == ["Large"])
    }

    @Test("the conversation-flow fixture (the reminderbot export, written as YAML) validates with no diagnostics")
    func conversationFlowFixtureIsClean() throws {
        let url = TestResources.path("Tests/BotModelTests/Fixtures/valid/conversation-flows.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        expectClean(text)
        let (bot, _) = BotValidation.load(text)
        let fallback = try #require(bot?.definition.locales.first?.intents.last)
        #expect(fallback.initialResponse?.outcome.flow.branches.count == 3)
    }
}
