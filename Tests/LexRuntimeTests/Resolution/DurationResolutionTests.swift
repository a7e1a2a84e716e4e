import LexRuntime
import Testing

@Suite("AMAZON.Duration")
struct DurationResolutionTests {
    @Test(
        "spoken and written durations → ISO-8601",
        arguments: [
            PhraseCase("30 minutes", .value("PT30M")),
            PhraseCase("an hour", .value("PT1H")),
            PhraseCase("half an hour", .value("PT30M")),
            PhraseCase("90 min", .value("PT1H30M")),
            PhraseCase("1.5 hours", .value("PT1H30M")),
            PhraseCase("two days", .value("P2D")),
            PhraseCase("ten minutes", .value("PT10M")),
            PhraseCase("five hours ten minutes", .value("PT5H10M")),
            PhraseCase("forty five seconds", .value("PT45S")),
            PhraseCase("eight weeks", .value("P8W")),
            PhraseCase("seven years", .value("P7Y")),
            PhraseCase("two years three hours ten minutes", .value("P2YT3H10M")),
            PhraseCase("an hour and a half", .value("PT1H30M")),
            PhraseCase("one and a half hours", .value("PT1H30M")),
            PhraseCase("one hour and thirty minutes", .value("PT1H30M")),
            PhraseCase("for 45 minutes", .value("PT45M")),
            PhraseCase("30min", .value("PT30M")),
            PhraseCase("2h", .value("PT2H")),
            PhraseCase("a quarter of an hour", .value("PT15M")),
            PhraseCase("three quarters of an hour", .value("PT45M")),
            PhraseCase("sixty minutes", .value("PT1H")),
            PhraseCase("90 seconds", .value("PT1M30S")),
            PhraseCase("36 hours", .value("PT36H")),
            PhraseCase("1.5 days", .value("P1DT12H")),
            PhraseCase("1.5 weeks", .value("P10DT12H")),
            PhraseCase("half hour", .value("PT30M")),
            PhraseCase("a day and a half", .value("P1DT12H")),
            PhraseCase("two weeks three days", .value("P17D")),
            PhraseCase("1.5 years", .value("P1Y6M")),
            PhraseCase("three months", .value("P3M")),
            PhraseCase("a minute", .value("PT1M")),
        ])
    func durations(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Duration")
    }

    @Test(
        "amounts without units, inexact fractions and repeats do not resolve",
        arguments: [
            PhraseCase("30", .unresolved),
            PhraseCase("minutes", .unresolved),
            PhraseCase("some minutes", .unresolved),
            PhraseCase("a while", .unresolved),
            PhraseCase("1.5 months", .unresolved),
            PhraseCase("0 minutes", .unresolved),
            PhraseCase("-5 minutes", .unresolved),
            PhraseCase("five hours five hours", .unresolved),
            PhraseCase("an hour and", .unresolved),
        ])
    func invalidDurations(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Duration")
    }
}
