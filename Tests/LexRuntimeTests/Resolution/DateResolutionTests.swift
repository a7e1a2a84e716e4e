import CodeHooks
import LexRuntime
import Testing

@Suite("AMAZON.Date")
struct DateResolutionTests {
    @Test(
        "explicit dates: ISO, US slashes, month names, ordinals (next such date on or after today)",
        arguments: [
            PhraseCase("2026-11-23", .value("2026-11-23")),
            PhraseCase("11/23/2026", .value("2026-11-23")),
            PhraseCase("11/23/26", .value("2026-11-23")),
            PhraseCase("11/23", .value("2026-11-23")),
            PhraseCase("11/20", .value("2026-11-20")),
            PhraseCase("11/19", .value("2027-11-19")),
            PhraseCase("Nov 23", .value("2026-11-23")),
            PhraseCase("Nov. 23", .value("2026-11-23")),
            PhraseCase("November 23rd", .value("2026-11-23")),
            PhraseCase("November the 23rd", .value("2026-11-23")),
            PhraseCase("23 November", .value("2026-11-23")),
            PhraseCase("the 23rd of November", .value("2026-11-23")),
            PhraseCase("the 23rd", .value("2026-11-23")),
            PhraseCase("on the 23rd", .value("2026-11-23")),
            PhraseCase("23rd", .value("2026-11-23")),
            PhraseCase("the 23", .value("2026-11-23")),
            PhraseCase("November twenty-third", .value("2026-11-23")),
            PhraseCase("november twenty third", .value("2026-11-23")),
            PhraseCase("the twenty third", .value("2026-11-23")),
            PhraseCase("December 25th, 2026", .value("2026-12-25")),
            PhraseCase("25 December 2027", .value("2027-12-25")),
            PhraseCase("11/23/2020", .value("2020-11-23")),
            PhraseCase("Jan 5", .value("2027-01-05")),
            PhraseCase("the 1st", .value("2026-12-01")),
            PhraseCase("the first", .value("2026-12-01")),
            PhraseCase("the 20th", .value("2026-11-20")),
            PhraseCase("the 19th", .value("2026-12-19")),
            PhraseCase("the 31st", .value("2026-12-31")),
            PhraseCase("Feb 29", .value("2028-02-29")),
            PhraseCase("monday the 23rd", .value("2026-11-23")),
            PhraseCase("Friday, November 27", .value("2026-11-27")),
        ])
    func explicitDates(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Date")
    }

    @Test(
        "relative days and weekdays from Friday 2026-11-20",
        arguments: [
            PhraseCase("today", .value("2026-11-20")),
            PhraseCase("Today.", .value("2026-11-20")),
            PhraseCase("tomorrow", .value("2026-11-21")),
            PhraseCase("day after tomorrow", .value("2026-11-22")),
            PhraseCase("the day after tomorrow", .value("2026-11-22")),
            PhraseCase("yesterday", .value("2026-11-19")),
            PhraseCase("the day before yesterday", .value("2026-11-18")),
            PhraseCase("this coming tuesday", .value("2026-11-24")),
            PhraseCase("monday", .value("2026-11-23")),
            PhraseCase("this monday", .value("2026-11-23")),
            PhraseCase("on Monday", .value("2026-11-23")),
            PhraseCase("next monday", .value("2026-11-23")),
            PhraseCase("friday", .value("2026-11-20")),
            PhraseCase("this friday", .value("2026-11-20")),
            PhraseCase("next friday", .value("2026-11-27")),
            PhraseCase("thursday", .value("2026-11-26")),
            PhraseCase("sat", .value("2026-11-21")),
            PhraseCase("last monday", .value("2026-11-16")),
            PhraseCase("in 3 days", .value("2026-11-23")),
            PhraseCase("in two weeks", .value("2026-12-04")),
            PhraseCase("in a week", .value("2026-11-27")),
            PhraseCase("3 days from now", .value("2026-11-23")),
            PhraseCase("in a month", .value("2026-12-20")),
        ])
    func relativeDays(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Date")
    }

    @Test(
        "weeks, months and years by the Lex V2 rules (future → last day, current or past → first day)",
        arguments: [
            PhraseCase("this week", .value("2026-11-16")),
            PhraseCase("next week", .value("2026-11-22")),
            PhraseCase("last week", .value("2026-11-09")),
            PhraseCase("this month", .value("2026-11-01")),
            PhraseCase("next month", .value("2026-12-31")),
            PhraseCase("last month", .value("2026-10-01")),
            PhraseCase("this year", .value("2026-01-01")),
            PhraseCase("next year", .value("2027-12-31")),
            PhraseCase("last year", .value("2025-01-01")),
        ])
    func periods(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Date")
    }

    @Test(
        "edge clocks: a Monday, the end of a year, a leap day, the end of a month",
        arguments: [
            PhraseCase("monday", .value("2026-01-05"), now: Clocks.monday),
            PhraseCase("this monday", .value("2026-01-05"), now: Clocks.monday),
            PhraseCase("next monday", .value("2026-01-12"), now: Clocks.monday),
            PhraseCase("next tuesday", .value("2026-01-06"), now: Clocks.monday),
            PhraseCase("sunday", .value("2026-01-11"), now: Clocks.monday),
            PhraseCase("last sunday", .value("2026-01-04"), now: Clocks.monday),
            PhraseCase("last monday", .value("2025-12-29"), now: Clocks.monday),
            PhraseCase("this week", .value("2026-01-05"), now: Clocks.monday),
            PhraseCase("next week", .value("2026-01-11"), now: Clocks.monday),
            PhraseCase("last month", .value("2025-12-01"), now: Clocks.monday),
            PhraseCase("next month", .value("2026-02-28"), now: Clocks.monday),
            PhraseCase("Jan 4", .value("2027-01-04"), now: Clocks.monday),
            PhraseCase("the 4th", .value("2026-02-04"), now: Clocks.monday),
            PhraseCase("tomorrow", .value("2026-12-31"), now: Clocks.yearEnd),
            PhraseCase("day after tomorrow", .value("2027-01-01"), now: Clocks.yearEnd),
            PhraseCase("in 3 days", .value("2027-01-02"), now: Clocks.yearEnd),
            PhraseCase("next month", .value("2027-01-31"), now: Clocks.yearEnd),
            PhraseCase("this month", .value("2026-12-01"), now: Clocks.yearEnd),
            PhraseCase("next year", .value("2027-12-31"), now: Clocks.yearEnd),
            PhraseCase("next week", .value("2027-01-03"), now: Clocks.yearEnd),
            PhraseCase("next monday", .value("2027-01-04"), now: Clocks.yearEnd),
            PhraseCase("Jan 2", .value("2027-01-02"), now: Clocks.yearEnd),
            PhraseCase("Dec 31", .value("2026-12-31"), now: Clocks.yearEnd),
            PhraseCase("the 29th", .value("2027-01-29"), now: Clocks.yearEnd),
            PhraseCase("12/29", .value("2027-12-29"), now: Clocks.yearEnd),
            PhraseCase("tomorrow", .value("2028-02-29"), now: Clocks.leap),
            PhraseCase("in 2 days", .value("2028-03-01"), now: Clocks.leap),
            PhraseCase("Feb 29", .value("2028-02-29"), now: Clocks.leap),
            PhraseCase("the 29th", .value("2028-02-29"), now: Clocks.leap),
            PhraseCase("the 30th", .value("2028-03-30"), now: Clocks.leap),
            PhraseCase("next month", .value("2028-03-31"), now: Clocks.leap),
            PhraseCase("in a year", .value("2029-02-28"), now: Clocks.leap),
            PhraseCase("in a month", .value("2028-02-29"), now: Clocks.monthEnd),
        ])
    func edgeClocks(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Date")
    }

    @Test(
        "invalid or unknown dates do not resolve",
        arguments: [
            PhraseCase("13/13/2026", .unresolved),
            PhraseCase("Feb 30", .unresolved),
            PhraseCase("02/29/2026", .unresolved),
            PhraseCase("February 29th 2027", .unresolved),
            PhraseCase("2026-02-30", .unresolved),
            PhraseCase("blursday", .unresolved),
            PhraseCase("next blursday", .unresolved),
            PhraseCase("the 32nd", .unresolved),
            PhraseCase("november", .unresolved),
            PhraseCase("23", .unresolved),
            PhraseCase("tuesday the 23rd", .unresolved),
            PhraseCase("in many days", .unresolved),
            PhraseCase("someday soon", .unresolved),
        ])
    func invalidDates(_ row: PhraseCase) {
        expectResolution(row, as: "AMAZON.Date")
    }
}
