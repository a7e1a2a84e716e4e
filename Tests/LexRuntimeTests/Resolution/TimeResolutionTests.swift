import LexRuntime
import Testing

@Suite("AMAZON.Time")
struct TimeResolutionTests {
    @Test(
        "digit clock forms are 24-hour times",
        arguments: [
            PhraseCase("10:30", .value("10:30")),
            PhraseCase("15:00", .value("15:00")),
            PhraseCase("9:05", .value("09:05")),
            PhraseCase("3:00", .value("03:00")),
            PhraseCase("00:30", .value("00:30")),
            PhraseCase("23:59", .value("23:59")),
            PhraseCase("at 10:30", .value("10:30")),
            PhraseCase("15", .value("15:00")),
            PhraseCase("twenty one thirty", .value("21:30")),
        ])
    func clockForms(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Time")
    }

    @Test(
        "a qualifier makes a time exact",
        arguments: [
            PhraseCase("10:30 am", .value("10:30")),
            PhraseCase("10:30am", .value("10:30")),
            PhraseCase("10:30 PM", .value("22:30")),
            PhraseCase("3pm", .value("15:00")),
            PhraseCase("3 pm", .value("15:00")),
            PhraseCase("3 p.m.", .value("15:00")),
            PhraseCase("3 a.m.", .value("03:00")),
            PhraseCase("3 a m", .value("03:00")),
            PhraseCase("9 this evening", .value("21:00")),
            PhraseCase("12 at night", .value("00:00")),
            PhraseCase("at 3pm", .value("15:00")),
            PhraseCase("11 am", .value("11:00")),
            PhraseCase("9am", .value("09:00")),
            PhraseCase("12 am", .value("00:00")),
            PhraseCase("12 pm", .value("12:00")),
            PhraseCase("12:30 am", .value("00:30")),
            PhraseCase("noon", .value("12:00")),
            PhraseCase("at noon", .value("12:00")),
            PhraseCase("12 noon", .value("12:00")),
            PhraseCase("midnight", .value("00:00")),
            PhraseCase("half past ten in the morning", .value("10:30")),
            PhraseCase("3 in the afternoon", .value("15:00")),
            PhraseCase("quarter past 3 pm", .value("15:15")),
            PhraseCase("quarter to four in the afternoon", .value("15:45")),
            PhraseCase("ten thirty pm", .value("22:30")),
            PhraseCase("seven thirty in the morning", .value("07:30")),
            PhraseCase("8 in the evening", .value("20:00")),
            PhraseCase("11 at night", .value("23:00")),
            PhraseCase("ten o'clock at night", .value("22:00")),
            PhraseCase("8 tonight", .value("20:00")),
            PhraseCase("quarter past noon", .value("12:15")),
            PhraseCase("ten to midnight", .value("23:50")),
        ])
    func qualifiedTimes(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Time")
    }

    @Test(
        "bare hours and spoken forms without a qualifier are ambiguous, a.m. first",
        arguments: [
            PhraseCase("at 3", .ambiguous(["03:00", "15:00"])),
            PhraseCase("3", .ambiguous(["03:00", "15:00"])),
            PhraseCase("3 o'clock", .ambiguous(["03:00", "15:00"])),
            PhraseCase("10 o'clock", .ambiguous(["10:00", "22:00"])),
            PhraseCase("three", .ambiguous(["03:00", "15:00"])),
            PhraseCase("half past ten", .ambiguous(["10:30", "22:30"])),
            PhraseCase("ten thirty", .ambiguous(["10:30", "22:30"])),
            PhraseCase("ten oh five", .ambiguous(["10:05", "22:05"])),
            PhraseCase("twelve thirty", .ambiguous(["00:30", "12:30"])),
            PhraseCase("quarter to four", .ambiguous(["03:45", "15:45"])),
            PhraseCase("twenty past six", .ambiguous(["06:20", "18:20"])),
            PhraseCase("quarter past twelve", .ambiguous(["00:15", "12:15"])),
            PhraseCase("12", .ambiguous(["00:00", "12:00"])),
            PhraseCase("twelve o'clock", .ambiguous(["00:00", "12:00"])),
        ])
    func ambiguousTimes(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Time")
    }

    @Test(
        "parts of the day resolve to the Lex range codes",
        arguments: [
            PhraseCase("morning", .value("MO")),
            PhraseCase("in the morning", .value("MO")),
            PhraseCase("afternoon", .value("AF")),
            PhraseCase("this afternoon", .value("AF")),
            PhraseCase("evening", .value("EV")),
            PhraseCase("night", .value("NI")),
            PhraseCase("at night", .value("NI")),
        ])
    func periods(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Time")
    }

    @Test(
        "impossible or unknown times do not resolve",
        arguments: [
            PhraseCase("25:00", .unresolved),
            PhraseCase("24:00", .unresolved),
            PhraseCase("10:60", .unresolved),
            PhraseCase("13 pm", .unresolved),
            PhraseCase("15:00 pm", .unresolved),
            PhraseCase("0 am", .unresolved),
            PhraseCase("noon pm", .unresolved),
            PhraseCase("lunchtime", .unresolved),
            PhraseCase("half to ten", .unresolved),
            PhraseCase("ten five", .unresolved),
            PhraseCase("three thirty o'clock", .unresolved),
            PhraseCase("soon", .unresolved),
        ])
    func invalidTimes(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Time")
    }
}
