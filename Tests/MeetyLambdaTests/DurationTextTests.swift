import Testing

@testable import MeetyLambda

@Suite("Duration text")
struct DurationTextTests {
    @Test(
        "spoken and written durations read as minutes",
        arguments: [
            ("30", 30), ("60", 60), ("30.0", 30), ("-30", -30), (" 30 ", 30), ("45", 45), ("30 minutes", 30),
            ("30 min", 30), ("30min", 30), ("30 mins", 30), ("60 Minutes", 60), ("1 hour", 60), ("1 hr", 60),
            ("an hour", 60), ("one hour", 60), ("a hour", 60), ("half an hour", 30), ("half hour", 30),
            ("a half hour", 30), ("thirty", 30), ("Sixty", 60), ("thirty minutes", 30), ("thirty-five", 35),
            ("forty five minutes", 45), ("PT30M", 30), ("pt1h", 60), ("PT1H30M", 90), ("PT0.5H", 30),
            ("P1D", 1440), ("1.5 hours", 90), ("an hour and a half", 90), ("one and a half hours", 90),
            ("1 hour 30 minutes", 90), ("1 hour and 30 minutes", 90), ("quarter of an hour", 15), ("0.5 hours", 30),
        ] as [(String, Int)])
    func reads(text: String, minutes: Int) {
        #expect(DurationText.minutes(in: text) == minutes, "\(text)")
    }

    @Test(
        "anything else is unreadable",
        arguments: [
            "", "   ", "thirty something", "30.5", "banana", "PT", "P", "PT30", "1 hour 30", "minutes",
            "30 parsecs", "P1M", "nan", "inf", "1e3", "half", "30..0", "PT30S", "fourty minutes",
        ])
    func rejects(text: String) {
        #expect(DurationText.minutes(in: text) == nil, "\(text)")
    }
}
