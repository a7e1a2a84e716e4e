import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Bot decoder")
struct BotDecoderTests {
    private func decode(_ text: String) -> (BotDefinition?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let bot = BotLoader().decode(Array(text.utf8), file: "bot.yaml", into: &bag)
        return (bot, bag.diagnostics)
    }

    @Test("the DESIGN §3 example decodes with author order and defaults")
    func designExample() throws {
        let url = TestResources.path("Tests/BotModelTests/Fixtures/valid/design-example.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let (decoded, diagnostics) = decode(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let bot = try #require(decoded)
        #expect(bot.name.value == "MeetyBot")
        #expect(bot.idleSessionTTL.value == 300)
        #expect(bot.codeHook?.spec.value == "meety")
        let locale = try #require(bot.locales.first)
        #expect(locale.id.value == "en_US")
        #expect(locale.confidenceThreshold.value == 0.6)
        #expect(locale.voice?.id.value == "Ivy")
        #expect(locale.intents.map(\.name.value) == ["StartMeety", "BookMeeting", "FallbackIntent"])
        let book = locale.intents[1]
        #expect(
            book.slots.map(\.name.value) == [
                "FullName", "MeetingDate", "MeetingTime", "MeetingDuration", "AttendeeEmail",
            ])
        #expect(book.slots[4].maxRetries == 3)
        #expect(book.slots[0].maxRetries == 2)
        #expect(book.slots[0].utterances.map(\.value) == ["my name is {FullName}", "I am {FullName}"])
        #expect(book.usesDialogHook && book.usesFulfillmentHook)
        #expect(book.confirmation?.declined?.text.hasPrefix("OK, I cancelled") == true)
        #expect(locale.intents[2].isFallback)
        let duration = try #require(locale.slotTypes.first)
        #expect(duration.resolution == .top)
        guard case .values(_, let values) = duration.kind else {
            Issue.record("expected values")
            return
        }
        #expect(values.map(\.value.value) == ["30", "60"])
        #expect(values[0].synonyms.map(\.value) == ["thirty", "half an hour", "30 minutes", "30 min"])
        #expect(locale.intents[0].utterances.map(\.value) == ["Hello", "Hi", "Hey Meety", "I need your help"])
    }

    @Test("values may be plain text, voices may be mappings, messages may be lists")
    func alternativeForms() throws {
        let (decoded, diagnostics) = decode(
            """
            name: B
            locales:
              en_GB:
                voice: {id: Amy, engine: neural}
                slotTypes:
                  Crust: {values: [thin, {value: pan, synonyms: [deep]}]}
                  Code: {regex: "[A-Z]{3}[0-9]{4}"}
                intents:
                  Order:
                    utterances: ["no", "yes", "on"]
                    closing: [Done., All done., Finished.]
            """
        )
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let locale = try #require(decoded?.locales.first)
        #expect(locale.voice?.engine?.value == "neural")
        #expect(locale.intents[0].utterances.map(\.value) == ["no", "yes", "on"])
        #expect(locale.intents[0].closing?.variants.count == 3)
        #expect(locale.slotTypes[1].kind == .regex(Located("[A-Z]{3}[0-9]{4}", at: .startOf("x"))))
    }

    @Test("an unquoted {Slot} inside a flow list gets a hint to quote it")
    func unquotedSlotInFlowList() throws {
        let marked = MarkedText(
            """
            name: B
            locales:
              en_US:
                intents:
                  A:
                    utterances: [hello, 1️⃣{Slot}]
            """
        )
        let (_, diagnostics) = decode(marked.text)
        let first = try #require(diagnostics.first)
        #expect(first.code == .typeMismatch)
        #expect(first.span?.start == marked["1️⃣"])
        #expect(first.message.contains("quote utterances"))
    }

    @Test("decoding reports every structural error in one run")
    func severalErrors() {
        let (bot, diagnostics) = decode(
            """
            name: B
            idleSessionTTL: 10
            childDirected: yes
            nmae: x
            locales:
              en_US:
                confidenceThreshold: 2
                intents:
                  A:
                    slots:
                      S: {prompt: hi, retries: 9}
            """
        )
        #expect(bot == nil)
        #expect(
            diagnostics.map(\.code.id) == [
                "unknown-key", "value-out-of-range", "type-mismatch", "value-out-of-range", "missing-key",
                "value-out-of-range",
            ])
    }
}
