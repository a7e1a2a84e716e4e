import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import BotModel

@Suite("Regex slot types")
struct SlotRegexTests {
    @Test(
        "patterns in Lex's regex subset are accepted",
        arguments: [
            "[A-Z]{3}[0-9]{4}", "APQ1[A-Z]{3}[0-9]{1,3}", "CP[0-9]{9}US", "[\\u0041-\\u005A]{2}", "(AB|CD)?[0-9]{2}",
            "[A-DP-T]{3}[1-5]{1,3}", "A|B|C", "((A|B)[0-9]){1,2}", "\\u00e9", "x{0}",
        ]
    )
    func accepted(_ pattern: String) {
        #expect(SlotRegexChecker.problem(in: pattern) == nil)
    }

    @Test(
        "patterns outside the subset are rejected with the reason",
        arguments: [
            ("A.B", "'.' at character 2 is a wildcard, which Lex does not allow"),
            ("[A-Z]*", "'*' at character 6 repeats without limit"),
            ("[0-9]+", "'+' at character 6 repeats without limit"),
            ("[A-Z]{2,}", "the repeat at character 6 has no upper bound"),
            ("[A-Z]{3,2}", "the repeat at character 6 has a lower bound above its upper bound"),
            ("[A-Z]{x}", "the '{' at character 6 does not start a repeat {n} or {n,m}"),
            ("?A", "'?' at character 1 repeats nothing"),
            ("A??", "'?' at character 3 repeats a repeat"),
            ("^[A-Z]$", "the anchor '^' at character 1 is not allowed"),
            ("\\d{3}", "the escape at character 1 is not \\uXXXX, the only escape Lex allows"),
            ("\\u12G4", "the escape at character 1 needs four hex digits (\\uXXXX)"),
            ("[^A-Z]", "the negated class at character 1 is not allowed"),
            ("[]", "the class at character 1 is empty"),
            ("[Z-A]", "a range in the class at character 1 runs backwards"),
            ("[A-Z", "the '[' at character 1 is never closed"),
            ("[A_Z]", "'_' at character 3 is not allowed in a class (only letters, digits and \\uXXXX)"),
            ("(AB", "the '(' at character 1 is never closed"),
            ("AB)", "a ')' at character 3 closes no group"),
            ("()", "'()' at character 1 is an empty group"),
            ("(?:AB)", "'(?' at character 1 is a group form Lex does not allow"),
            ("A B", "' ' at character 2 is not allowed (only letters, digits and \\uXXXX)"),
        ]
    )
    func rejected(_ pattern: String, _ reason: String) {
        #expect(SlotRegexChecker.problem(in: pattern) == reason)
    }

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
