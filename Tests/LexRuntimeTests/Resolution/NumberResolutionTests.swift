import LexRuntime
import Testing

@Suite("AMAZON.Number and AMAZON.Percentage")
struct NumberResolutionTests {
    @Test(
        "written and spoken numbers → canonical decimals",
        arguments: [
            PhraseCase("42", .value("42")),
            PhraseCase("-15", .value("-15")),
            PhraseCase("3.5", .value("3.5")),
            PhraseCase("thirty", .value("30")),
            PhraseCase("twenty five", .value("25")),
            PhraseCase("twenty-five", .value("25")),
            PhraseCase("one hundred twenty three", .value("123")),
            PhraseCase("minus 15", .value("-15")),
            PhraseCase("point four two", .value("0.42")),
            PhraseCase("one hundred twenty three point four five", .value("123.45")),
            PhraseCase("minus fifteen point two four five", .value("-15.245")),
            PhraseCase("negative 3.5", .value("-3.5")),
            PhraseCase("3 point 5", .value("3.5")),
            PhraseCase("\u{2212}4", .value("-4")),
            PhraseCase("zero", .value("0")),
            PhraseCase("1,000", .value("1000")),
            PhraseCase("a hundred", .value("100")),
            PhraseCase("one thousand and one", .value("1001")),
            PhraseCase("two million", .value("2000000")),
            PhraseCase("twenty five hundred", .value("2500")),
            PhraseCase("0.50", .value("0.5")),
            PhraseCase("007", .value("7")),
            PhraseCase(".5", .value("0.5")),
            PhraseCase("Forty two.", .value("42")),
        ])
    func numbers(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Number")
    }

    @Test(
        "malformed numbers and extra words do not resolve",
        arguments: [
            PhraseCase("forty two apples", .unresolved),
            // The one number-word table has standard spellings only; the LexLambda reads the same.
            PhraseCase("fourty two", .unresolved),
            PhraseCase("five five", .unresolved),
            PhraseCase("twenty ten", .unresolved),
            PhraseCase("lots", .unresolved),
            PhraseCase("1.2.3", .unresolved),
            PhraseCase("1,00", .unresolved),
            PhraseCase("minus", .unresolved),
            PhraseCase("point", .unresolved),
            PhraseCase("hundred", .unresolved),
            PhraseCase("12abc", .unresolved),
        ])
    func invalidNumbers(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Number")
    }

    @Test(
        "percentages keep a % sign; a bare number stays a number",
        arguments: [
            PhraseCase("50%", .value("50%")),
            PhraseCase("50 percent", .value("50%")),
            PhraseCase("twenty five percent", .value("25%")),
            PhraseCase("3.5 per cent", .value("3.5%")),
            PhraseCase("50", .value("50")),
            PhraseCase("percent", .unresolved),
        ])
    func percentages(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Percentage")
    }
}
