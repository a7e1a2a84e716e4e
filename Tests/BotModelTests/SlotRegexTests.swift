import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import BotModel

@Suite("Regex slot types")
struct SlotRegexTests {
    @Test("regex slot types are checked for length (UTF-16) and syntax at the pattern")
    func rule() {
        let long = String(repeating: "A", count: 300)
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                slotTypes:
                  Fine: {regex: "\(long)"}
                  Empty: {regex: 1️⃣""}
                  Long: {regex: 2️⃣"\(long)B"}
                  Wild: {regex: 3️⃣"[A-Z].[0-9]"}
                intents:
                  FallbackIntent: {parent: AMAZON.FallbackIntent}
            """
        )
        let allowed = "Lex allows letters, digits, \\uXXXX, [classes], (groups), |, ? and the repeats {n} and {n,m}"
        expectDiagnostics(
            marked,
            [
                .error(.invalidSlotRegex, at: "1️⃣", "regex of slot type 'Empty' is empty"),
                .error(
                    .invalidSlotRegex,
                    at: "2️⃣",
                    "regex \"\(String(repeating: "A", count: 57))...\" of slot type 'Long' is 301 characters long, more than Lex's limit of 300"
                ),
                .error(
                    .invalidSlotRegex,
                    at: "3️⃣",
                    "regex \"[A-Z].[0-9]\" of slot type 'Wild' is not one Lex accepts: '.' at character 6 is a wildcard, which Lex does not allow; \(allowed)"
                ),
            ]
        )
    }
}
