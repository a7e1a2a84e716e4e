import BotModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Name and setting rules")
struct NameAndSettingRuleTests {
    private let hint = "use letters and digits with single '_' or '-' between them"

    @Test("names with single separators and digits are valid Lex names")
    func validNames() {
        expectClean(
            """
            name: Meety-Bot_2
            locales:
              en_US:
                slotTypes:
                  Size-2: {values: [small]}
                intents:
                  Book_Meeting-2:
                    utterances: [book]
                    slots:
                      Meeting_Date2: {type: AMAZON.Date, prompt: Which day?}
                      Size_a: {type: Size-2, prompt: Which size?}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
    }

    @Test("every invalid name is reported at the name, with the reason")
    func invalidNames() {
        let marked = MarkedText(
            """
            name: 1️⃣Meety Bot
            locales:
              en_US:
                slotTypes:
                  2️⃣-Size: {values: [small]}
                intents:
                  3️⃣Book.Meeting:
                    utterances: [book]
                    slots:
                      4️⃣Day__Of: {type: AMAZON.Date, prompt: Which day?}
                      5️⃣Jour_é: {type: AMAZON.Date, prompt: Quel jour ?}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        expectDiagnostics(
            marked,
            [
                .error(
                    .invalidName, at: "1️⃣",
                    "bot name 'Meety Bot' is not a valid Lex name: it contains a space at character 6; \(hint)"),
                .error(
                    .invalidName, at: "2️⃣", "slot type name '-Size' is not a valid Lex name: it starts with '-'; \(hint)"
                ),
                .error(
                    .invalidName, at: "3️⃣",
                    "intent name 'Book.Meeting' is not a valid Lex name: it contains '.' at character 5; \(hint)"),
                .error(
                    .invalidName, at: "4️⃣",
                    "slot name 'Day__Of' is not a valid Lex name: it has two separators in a row at character 5; \(hint)"
                ),
                .error(
                    .invalidName, at: "5️⃣",
                    "slot name 'Jour_é' is not a valid Lex name: it contains 'é' at character 6; \(hint)"),
            ]
        )
    }

    @Test("a name of exactly 100 characters is valid, 101 is not")
    func nameLength() {
        let ok = String(repeating: "a", count: 100)
        let long = String(repeating: "b", count: 101)
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  \(ok): {utterances: [one]}
                  1️⃣\(long): {utterances: [two]}
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        expectDiagnostics(
            marked,
            [
                .error(
                    .invalidName, at: "1️⃣",
                    "intent name '\(long)' is not a valid Lex name: it is 101 characters long, more than 100; \(hint)")
            ]
        )
    }

    @Test("locales, voice engines and the code hook are checked with did-you-mean hints")
    func settings() {
        let marked = MarkedText(
            """
            name: TestBot
            codeHook: 1️⃣Meety
            locales:
              2️⃣en_us:
                voice: {id: Ivy, engine: 3️⃣longform}
                intents:
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
              4️⃣xx_XX:
                voice: {id: Hans, engine: neural}
                intents:
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        expectDiagnostics(
            marked,
            [
                .error(
                    .unknownCodeHook, at: "1️⃣",
                    "code hook 'Meety' is not known; the simulator runs 'meety', 'none', python:FILE.py[:FUNCTION], "
                        + "node:FILE.js[:EXPORT], exec:COMMAND or http://HOST:PORT/2015-03-31/functions/NAME/invocations "
                        + "(did you mean 'meety'?)"),
                .error(
                    .unknownLocale, at: "2️⃣",
                    "locale 'en_us' is not a Lex V2 locale id such as en_US (did you mean 'en_US'?)"),
                .error(
                    .unknownVoiceEngine,
                    at: "3️⃣",
                    "voice engine 'longform' of locale 'en_us' is not one of standard, neural, long-form, generative (did you mean 'long-form'?)"
                ),
                .error(.unknownLocale, at: "4️⃣", "locale 'xx_XX' is not a Lex V2 locale id such as en_US"),
            ]
        )
    }

    @Test("hooks without a codeHook are warnings at each enabled flag; disabled flags are fine")
    func hooksWithoutCodeHook() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Book:
                    utterances: [book]
                    dialogHook: 1️⃣true
                    fulfillmentHook: 2️⃣true
                  Greet:
                    utterances: [hi]
                    dialogHook: false
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        let tail = "but the bot names no 'codeHook'; the simulator runs the intent without hooks"
        expectDiagnostics(
            marked,
            [
                .warning(.hookWithoutCodeHook, at: "1️⃣", "intent 'Book' enables dialogHook, \(tail)"),
                .warning(.hookWithoutCodeHook, at: "2️⃣", "intent 'Book' enables fulfillmentHook, \(tail)"),
            ]
        )
        expectClean(marked.text.replacingOccurrences(of: "name: TestBot", with: "name: TestBot\ncodeHook: meety"))
    }

    @Test("descriptions count UTF-16 code units: 1,000 emoji are 2,000 units and fit, one more does not")
    func descriptionLength() {
        let fits = String(repeating: "😀", count: 1_000)
        let marked = MarkedText(
            """
            name: TestBot
            description: \(fits)
            locales:
              en_US:
                description: 1️⃣\(fits)x
                intents:
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        expectDiagnostics(
            marked,
            [
                .error(
                    .descriptionTooLong, at: "1️⃣",
                    "description of locale 'en_US' is 2001 characters long, more than Lex's limit of 2000")
            ]
        )
    }
}
