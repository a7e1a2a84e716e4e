import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Fallback intent, parent and slot rules")
struct IntentRuleTests {
    @Test("a locale without a fallback intent is reported at the locale's key")
    func missingFallback() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              1️⃣en_US:
                intents:
                  Greet: {utterances: [hi]}
              2️⃣de_DE:
                intents: {}
            """
        )
        let tail = "has no fallback intent; add an intent with 'parent: AMAZON.FallbackIntent'"
        expectDiagnostics(
            marked,
            [
                .error(.missingFallbackIntent, at: "1️⃣", "locale 'en_US' \(tail)"),
                .error(.missingFallbackIntent, at: "2️⃣", "locale 'de_DE' \(tail)"),
            ]
        )
    }

    @Test("a second and third fallback intent are each reported at their parent, with a note at the first")
    func duplicateFallback() throws {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  4️⃣Fallback: {parent: AMAZON.FallbackIntent}
                  Other: {parent: 1️⃣AMAZON.FallbackIntent}
                  Third:
                    parent: 2️⃣AMAZON.FallbackIntent
            """
        )
        let tail = "of locale 'en_US' after 'Fallback'; a locale has exactly one"
        expectDiagnostics(
            marked,
            [
                .error(.duplicateFallbackIntent, at: "1️⃣", "intent 'Other' is a second fallback intent \(tail)"),
                .error(.duplicateFallbackIntent, at: "2️⃣", "intent 'Third' is a second fallback intent \(tail)"),
            ]
        )
        let note = try #require(BotValidation.diagnostics(marked.text).first?.notes.first)
        #expect(note.message == "'Fallback' is the first fallback intent")
        #expect(note.span?.start == marked["4️⃣"])
    }

    @Test("a fallback intent with utterances, slots and a confirmation gets one error for each")
    func misconfiguredFallback() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Fallback:
                    parent: AMAZON.FallbackIntent
                    utterances: [1️⃣what, huh]
                    slots:
                      2️⃣Thing: {type: AMAZON.City, required: false}
                    confirmation:
                      3️⃣prompt: Really?
                    closing: Sorry, I did not get that.
            """
        )
        let tail = "AMAZON.FallbackIntent takes no utterances, slots or confirmation"
        expectDiagnostics(
            marked,
            [
                .error(.misconfiguredFallbackIntent, at: "1️⃣", "fallback intent 'Fallback' has utterances; \(tail)"),
                .error(.misconfiguredFallbackIntent, at: "2️⃣", "fallback intent 'Fallback' has slots; \(tail)"),
                .error(.misconfiguredFallbackIntent, at: "3️⃣", "fallback intent 'Fallback' has a confirmation; \(tail)"),
            ]
        )
    }

    @Test("parents: supported built-ins pass, misspelled ones get a hint, unsupported ones say what is missing")
    func parents() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Help: {parent: AMAZON.HelpIntent}
                  Stop: {parent: AMAZON.StopIntent}
                  Cancel: {parent: 1️⃣AMAZON.CancelIntnet}
                  Search: {parent: 2️⃣AMAZON.KendraSearchIntent}
                  Custom: {parent: 3️⃣MyParent}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        expectDiagnostics(
            marked,
            [
                .error(
                    .unknownParentIntent,
                    at: "1️⃣",
                    "parent 'AMAZON.CancelIntnet' of intent 'Cancel' is not a built-in intent signature such as AMAZON.FallbackIntent (did you mean 'AMAZON.CancelIntent'?)"
                ),
                .error(
                    .unknownParentIntent,
                    at: "2️⃣",
                    "parent 'AMAZON.KendraSearchIntent' of intent 'Search' needs a kendraConfiguration, which the bot format cannot express"
                ),
                .error(
                    .unknownParentIntent,
                    at: "3️⃣",
                    "parent 'MyParent' of intent 'Custom' is not a built-in intent signature such as AMAZON.FallbackIntent"
                ),
            ]
        )
    }

    @Test("required slots need prompts (at the slot's mapping); optional ones do not")
    func prompts() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Book:
                    utterances: [book]
                    slots:
                      Day:
                        1️⃣type: AMAZON.Date
                      Time: 2️⃣{type: AMAZON.Time, required: true}
                      Note: {type: AMAZON.FreeFormInput, required: false}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        let tail = "of intent 'Book' has no prompt; add 'prompt' or set 'required: false'"
        expectDiagnostics(
            marked,
            [
                .error(.missingSlotPrompt, at: "1️⃣", "required slot 'Day' \(tail)"),
                .error(.missingSlotPrompt, at: "2️⃣", "required slot 'Time' \(tail)"),
            ]
        )
    }

    @Test("100 slots and 10 slot sample utterances fit; one more is reported at the first over")
    func slotQuotas() throws {
        func slots(_ count: Int) -> String {
            (1...count).map { "          S\($0): {type: AMAZON.Number, required: false}" }.joined(separator: "\n")
        }
        func utterances(_ count: Int) -> String {
            (1...count).map { "\"pick \($0) {S1}\"" }.joined(separator: ", ")
        }
        func bot(slots count: Int, utterances perSlot: Int) -> String {
            BotValidation.bot(
                intents: "      Form:\n        utterances: [form]\n        slots:\n"
                    + "          S1: {type: AMAZON.Number, prompt: How many?, utterances: [\(utterances(perSlot))]}\n"
                    + slots(count).split(separator: "\n").dropFirst().joined(separator: "\n")
            )
        }
        #expect(BotValidation.diagnostics(bot(slots: 100, utterances: 10)).isEmpty)
        let text = bot(slots: 101, utterances: 11)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let eleventh = try #require(lines[7].range(of: "\"pick 11 {S1}\""))
        let column = lines[7].distance(from: lines[7].startIndex, to: eleventh.lowerBound) + 1
        #expect(lines[107].hasPrefix("          S101:"))
        #expect(
            BotValidation.diagnostics(text).map(\.description) == [
                "bot.yaml:8:\(column): error: slot 'S1' of intent 'Form' has 11 sample utterances, more than Lex's limit of 10 [too-many-slot-utterances]",
                "bot.yaml:108:11: error: intent 'Form' has 101 slots, more than Lex's limit of 100 [too-many-slots]",
            ])
    }
}
