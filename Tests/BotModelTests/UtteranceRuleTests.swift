import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import BotModel

@Suite("Utterance rules")
struct UtteranceRuleTests {
    @Test("utterance keys ignore case and spacing; abstract keys also ignore slot names")
    func keys() {
        #expect(UtteranceKey.normalized("  Book a\tMeeting  ") == "book a meeting")
        #expect(UtteranceKey.abstracted("book {a} at {b}") == "book {} at {}")
        #expect(UtteranceKey.abstracted("a {b {c} d} }") == "a {b {} d} }")
        #expect(UtteranceKey.abstracted("open {") == "open {")
    }

    @Test("a repeated utterance is an error within an intent and a warning across intents")
    func duplicates() throws {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Book:
                    utterances:
                      - 5️⃣book a meeting
                      - 1️⃣Book  a Meeting
                      - 6️⃣help me
                      - 2️⃣book a meeting
                  Help:
                    utterances: [3️⃣Help me, assist me]
                  Support:
                    utterances: [4️⃣help ME]
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
              en_GB:
                intents:
                  Help: {utterances: [help me]}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        let within = "of intent 'Book' (ignoring case and spacing)"
        let across = "Lex cannot tell the two intents apart"
        expectDiagnostics(
            marked,
            [
                .error(
                    .duplicateUtterance, at: "1️⃣",
                    "utterance \"Book  a Meeting\" repeats utterance \"book a meeting\" \(within)"),
                .error(
                    .duplicateUtterance, at: "2️⃣",
                    "utterance \"book a meeting\" repeats utterance \"book a meeting\" \(within)"),
                .warning(
                    .duplicateUtteranceAcrossIntents,
                    at: "3️⃣",
                    "utterance \"Help me\" of intent 'Help' is also an utterance of intent 'Book'; \(across)"
                ),
                .warning(
                    .duplicateUtteranceAcrossIntents,
                    at: "4️⃣",
                    "utterance \"help ME\" of intent 'Support' is also an utterance of intent 'Book'; \(across)"
                ),
            ]
        )
        let diagnostics = BotValidation.diagnostics(marked.text)
        #expect(diagnostics[0].notes.first?.span?.start == marked["5️⃣"])
        #expect(diagnostics[2].notes.first?.span?.start == marked["6️⃣"])
    }

    @Test("utterances that only differ in slot names are warnings, within and across intents")
    func abstracted() {
        let marked = MarkedText(
            """
            name: TestBot
            codeHook: meety
            locales:
              en_US:
                intents:
                  Book:
                    utterances:
                      - book on {Day}
                      - 1️⃣Book on {Time}
                      - book on {Day} at {Time}
                      - 2️⃣book on {Time} at {Day}
                      - book at {Time}
                    slots:
                      Day: {type: AMAZON.Date, prompt: Which day?}
                      Time: {type: AMAZON.Time, prompt: What time?}
                  Cancel:
                    utterances: [3️⃣"book on {When}", "cancel {When}"]
                    slots:
                      When: {type: AMAZON.Date, prompt: Which day?}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        let tail = "once slots are abstracted"
        expectDiagnostics(
            marked,
            [
                .warning(
                    .ambiguousUtterance,
                    at: "1️⃣",
                    "utterance \"Book on {Time}\" of intent 'Book' no longer differs from \"book on {Day}\" \(tail); Lex cannot tell which slot a value fills"
                ),
                .warning(
                    .ambiguousUtterance,
                    at: "2️⃣",
                    "utterance \"book on {Time} at {Day}\" of intent 'Book' no longer differs from \"book on {Day} at {Time}\" \(tail); Lex cannot tell which slot a value fills"
                ),
                .warning(
                    .ambiguousUtterance,
                    at: "3️⃣",
                    "utterance \"book on {When}\" of intent 'Cancel' no longer differs from \"book on {Day}\" of intent 'Book' \(tail); Lex cannot tell the two intents apart"
                ),
            ]
        )
    }

    @Test("empty and over-long utterances, counted in UTF-16 code units, for intents and slots")
    func emptyAndLong() {
        let fits = String(repeating: "😀", count: 250)
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Greet:
                    utterances: [1️⃣"", "\(fits)", 2️⃣"\(fits)!"]
                    slots:
                      Name:
                        type: AMAZON.FirstName
                        prompt: Your name?
                        utterances: [3️⃣" ", 4️⃣"{Name} \(String(repeating: "x", count: 494))"]
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        let cut = "\"" + String(fits.prefix(57)) + "...\""
        let slotCut = "\"{Name} " + String(repeating: "x", count: 50) + "...\""
        expectDiagnostics(
            marked,
            [
                .error(.emptyUtterance, at: "1️⃣", "utterance of intent 'Greet' is empty"),
                .error(
                    .utteranceTooLong,
                    at: "2️⃣",
                    "utterance \(cut) of intent 'Greet' is 501 UTF-16 code units long, more than Lex's limit of 500"
                ),
                .error(.emptyUtterance, at: "3️⃣", "sample utterance of slot 'Name' of intent 'Greet' is empty"),
                .error(
                    .utteranceTooLong,
                    at: "4️⃣",
                    "sample utterance \(slotCut) of slot 'Name' of intent 'Greet' is 501 UTF-16 code units long, more than Lex's limit of 500"
                ),
            ]
        )
    }
}
