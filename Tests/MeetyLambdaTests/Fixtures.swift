import CodeHooks
import LexFacts
import MeetingRecords
import MeetyLambda
import Testing

/// Records, clocks and hooks shared by the tests.
enum Fixtures {
    /// DESIGN §7's clock: Friday 2026-11-20 09:00.
    static let now = LocalDateTime(iso: "2026-11-20T09:00")!
    /// The Monday the example books.
    static let monday = CalendarDate(iso: "2026-11-23")!

    /// A record from its table attributes; the test fails if they are not a valid record.
    static func meeting(
        _ id: String,
        _ date: String,
        _ start: String,
        _ end: String,
        _ status: MeetingStatus = .approved,
        name: String = "Ann"
    ) throws -> Meeting {
        let minutes = (TimeOfDay(hhmm: end)?.minutes ?? 0) - (TimeOfDay(hhmm: start)?.minutes ?? 0)
        return try Meeting(attributes: [
            "meetingId": id, "attendeeName": name, "email": "\(name.lowercased())@example.com", "date": date,
            "startTime": start, "endTime": end, "duration": String(minutes), "status": status.rawValue,
        ])
    }

    /// DESIGN §7's given state: Ann's approved meeting 10:00-11:00 on the Monday.
    static func ann() throws -> Meeting {
        try meeting("m-ann", "2026-11-23", "10:00", "11:00")
    }

    /// A hook over a fresh in-memory store seeded with `meetings`, on a fixed clock, with
    /// sequential ids.
    static func hook(
        now: LocalDateTime = Fixtures.now,
        meetings: [Meeting] = []
    ) throws -> (MeetyCodeHook, InMemoryMeetingStore) {
        let store = try InMemoryMeetingStore(meetings: meetings)
        return (MeetyCodeHook(store: store, clock: FixedClock(now), ids: SequentialMeetingIDs()), store)
    }

    /// A minute span; the test fails if it is not valid.
    static func span(_ start: Int, _ end: Int) throws -> MinuteInterval {
        try #require(MinuteInterval(start: start, end: end))
    }
}
