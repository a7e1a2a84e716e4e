import LexRuntime
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    @Test(
        "white space splits, outer punctuation is stripped, inner punctuation stays",
        arguments: [
            ("Hello, World!", ["hello", "world"]),
            ("meet at 10:30.", ["meet", "at", "10:30"]),
            ("write to a@b.com.", ["write", "to", "a@b.com"]),
            ("on 2026-11-23?", ["on", "2026-11-23"]),
            ("Don\u{2019}t (really)", ["don't", "really"]),
            ("call (509) 555-1212", ["call", "509", "555-1212"]),
            ("-15 and .5", ["-15", "and", ".5"]),
            ("50% \u{2014} done", ["50%", "done"]),
            ("  spaced \t out \n ", ["spaced", "out"]),
            ("\"quoted\" 'words'", ["quoted", "words"]),
            ("", []),
            ("... !!", []),
        ] as [(String, [String])])
    func tokens(text: String, expected: [String]) {
        #expect(TokenizedText(text).tokens.map(\.normalized) == expected)
    }

    @Test("tokens keep their original text and its position")
    func originals() throws {
        let text = TokenizedText("Book it, Alice!")
        #expect(text.tokens.map(\.original) == ["Book", "it", "Alice"])
        let alice = try #require(text.tokens.last)
        #expect(text.source[alice.range] == "Alice")
        #expect(text.normalizedText == "book it alice")
    }

    @Test(
        "a span's original text runs from its first token to its last, without trailing sentence punctuation",
        arguments: [
            ("book on Nov 23rd, please.", 2..<4, "Nov 23rd"),
            ("book on Nov 23rd, please.", 2..<5, "Nov 23rd, please"),
            ("Yes!!!", 0..<1, "Yes"),
            ("at 3 p.m.", 0..<3, "at 3 p.m."),
            ("mail alice@example.com.", 1..<2, "alice@example.com"),
            ("  (Alice)  ", 0..<1, "Alice"),
            ("empty span", 1..<1, ""),
        ] as [(String, Range<Int>, String)])
    func spanText(text: String, range: Range<Int>, expected: String) {
        #expect(TokenizedText(text).span(range).originalText == expected)
    }
}
