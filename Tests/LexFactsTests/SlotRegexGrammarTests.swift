import LexFacts
import Testing

/// The one regex grammar: what the compiler's validation accepts is exactly what the simulator can
/// match, and the reasons name the construct Lex rejects.
@Suite("Slot regex grammar")
struct SlotRegexGrammarTests {
    @Test(
        "patterns in Lex's regex subset are accepted",
        arguments: [
            "[A-Z]{3}[0-9]{4}", "APQ1[A-Z]{3}[0-9]{1,3}", "CP[0-9]{9}US", "[\\u0041-\\u005A]{2}", "(AB|CD)?[0-9]{2}",
            "[A-DP-T]{3}[1-5]{1,3}", "A|B|C", "((A|B)[0-9]){1,2}", "\\u00e9", "x{0}",
            "[0-9][a-z]-",
        ]
    )
    func accepted(_ pattern: String) {
        #expect(SlotRegex.problem(in: pattern) == nil)
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
        #expect(SlotRegex.problem(in: pattern) == reason)
    }

    @Test(
        "constructs the simulator once accepted and the compiler rejected are rejected by both now",
        arguments: ["^(ab|cd)?x$", "(?:[0-9]{2}-?){2}", "[^A-Z]{2}", "[A-D]{3} [1-5]", "\\-"]
    )
    func formerlyDivergent(_ pattern: String) {
        #expect(SlotRegex.problem(in: pattern) != nil)
        #expect(throws: SlotRegexError.self) { try SlotRegex(pattern) }
    }

    @Test(
        "an accepted pattern matches whole values only",
        arguments: [
            ("[A-Z]{3}[0-9]{4}", "ABC1234", true), ("[A-Z]{3}[0-9]{4}", "ABC123", false),
            ("[A-Z]{3}[0-9]{4}", "ABCD1234", false), ("(AB|CD)?X", "X", true), ("(AB|CD)?X", "CDX", true),
            ("(AB|CD)?X", "ADX", false), ("[\\u0041-\\u005A]{2}", "QZ", true), ("[\\u0041-\\u005A]{2}", "qz", false),
            ("A\\u0020B", "A B", true), ("x{0}", "", true), ("((A|B)[0-9]){1,2}", "A1B2", true),
            ("((A|B)[0-9]){1,2}", "A1B2A3", false), ("[0-9][a-z]-", "1a-", true), ("[0-9][a-z]-", "1a", false),
        ] as [(String, String, Bool)]
    )
    func matching(_ pattern: String, _ value: String, _ expected: Bool) throws {
        #expect(try SlotRegex(pattern).matches(value) == expected)
    }

    @Test("values longer than Lex stores for a regex slot never match")
    func lengthLimit() throws {
        let regex = try SlotRegex("[A-Z]{0,40}")
        #expect(regex.matches(String(repeating: "A", count: 30)))
        #expect(!regex.matches(String(repeating: "A", count: 31)))
    }
}
