import LexFacts
import Testing

@Suite("Calendar values")
struct CalendarTests {
    @Test("day numbers round-trip across leap years and centuries")
    func dayNumbers() throws {
        for text in ["1970-01-01", "2000-02-29", "2024-02-29", "2026-11-23", "2100-03-01", "1900-12-31"] {
            let date = try #require(CalendarDate(iso: text))
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
            #expect(date.iso == text)
        }
        #expect(CalendarDate(iso: "1970-01-01")?.dayNumber == 0)
        #expect(CalendarDate(iso: "2026-02-28")?.adding(days: 1).iso == "2026-03-01")
        #expect(CalendarDate(iso: "2024-02-28")?.adding(days: 1).iso == "2024-02-29")
        #expect(CalendarDate(iso: "2026-12-31")?.adding(days: 1).iso == "2027-01-01")
    }

    @Test("weekdays are ISO numbered: 2026-01-05 is a Monday, 2026-11-22 a Sunday")
    func weekdays() {
        #expect(CalendarDate(iso: "2026-01-05")?.weekday == 1)
        #expect(CalendarDate(iso: "2026-11-22")?.weekday == 7)
        #expect(CalendarDate(iso: "1970-01-01")?.weekday == 4)
    }

    @Test("parsing is strict")
    func strictParsing() {
        for bad in ["2026-2-01", "2026-02-30", "26-02-01", "2026/02/01", "2026-13-01", "", "2026-02-0a"] {
            #expect(CalendarDate(iso: bad) == nil, "\(bad)")
        }
        #expect(TimeOfDay(hhmm: "9:05")?.hhmm == "09:05")
        #expect(TimeOfDay(hhmm: "24:00")?.minutes == 1440)
        for bad in ["24:01", "10:5", "1030", "10:60", "-1:00", "ab:cd"] {
            #expect(TimeOfDay(hhmm: bad) == nil, "\(bad)")
        }
        #expect(LocalDateTime(iso: "2026-11-20T09:00")?.iso == "2026-11-20T09:00")
        #expect(LocalDateTime(iso: "2026-11-20 09:00:30")?.iso == "2026-11-20T09:00")
        #expect(LocalDateTime(iso: "2026-11-20T24:00") == nil)
        #expect(LocalDateTime(iso: "2026-11-20") == nil)
    }
}
