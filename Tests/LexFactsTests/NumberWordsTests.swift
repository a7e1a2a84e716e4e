import LexFacts
import Testing

@Suite("Number words")
struct NumberWordsTests {
    @Test(
        "well-formed cardinals",
        arguments: [
            ("forty two", 42), ("a hundred and five", 105), ("zero", 0), ("twenty", 20), ("nineteen", 19),
            ("one thousand and one", 1001), ("two million three hundred", 2_000_300), ("twenty five hundred", 2500),
        ] as [(String, Int)])
    func cardinals(_ text: String, _ value: Int) {
        #expect(NumberWords.cardinal(words(text)) == value)
    }

    @Test(
        "anything else is no number (no guessing)",
        arguments: ["fourty two", "five five", "twenty ten", "and five", "a", "zero one", "hundred", "two and"])
    func rejected(_ text: String) {
        #expect(NumberWords.cardinal(words(text)) == nil)
    }

    @Test("ordinals and digit words")
    func ordinals() {
        #expect(NumberWords.ordinal(words("twenty third")) == 23)
        #expect(NumberWords.ordinal(words("23rd")) == 23)
        #expect(NumberWords.ordinal(words("first")) == 1)
        #expect(NumberWords.ordinal(words("twenty tenth")) == nil)
        #expect(NumberWords.digitWord("oh") == 0)
        #expect(NumberWords.digitWord("7") == 7)
        #expect(NumberWords.integer(words("1234")) == 1234)
        #expect(NumberWords.digits("1234567890") == nil, "at most nine digits")
    }

    private func words(_ text: String) -> ArraySlice<String> {
        ArraySlice(text.split(separator: " ").map(String.init))
    }
}
