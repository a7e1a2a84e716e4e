/// The busy spans of one day and the questions the booking rules ask about them.
///
/// Pure: built from the intervals of a date's `pending` and `approved` meetings, it answers which
/// of them clash with a request and where the earliest free start is. Keeping this free of the
/// store and of Lex makes the conflict semantics testable exhaustively against a brute-force
/// minute-by-minute reference.
public struct DaySchedule: Sendable, Equatable {
    /// The busy spans, sorted by start then end. They may overlap each other (records seeded by
    /// an admin are not required to be disjoint).
    public let busy: [MinuteInterval]

    /// Creates a schedule from busy spans in any order.
    public init(busy: some Sequence<MinuteInterval>) {
        self.busy = busy.sorted()
    }

    /// The busy spans sharing at least one minute with `interval`, sorted: the clashes of a
    /// request whose duration is known.
    public func conflicts(with interval: MinuteInterval) -> [MinuteInterval] {
        busy.filter { $0.overlaps(interval) }
    }

    /// The busy spans that contain `minute`, sorted: the clashes of a start time before the
    /// duration is known.
    public func conflicts(atStart minute: Int) -> [MinuteInterval] {
        busy.filter { $0.contains(minute: minute) }
    }

    /// Whether `interval` overlaps no busy span.
    public func isFree(_ interval: MinuteInterval) -> Bool {
        !busy.contains { $0.overlaps(interval) }
    }

    /// The earliest start `s ≥ start`, at minute precision, such that `[s, s + duration)` overlaps
    /// no busy span and ends by 24:00; `nil` when there is none, which the bot reports as "the day
    /// is full for this request" even if time is free earlier that day.
    ///
    /// One pass over the sorted spans: a span that ends at or before the candidate is irrelevant,
    /// a span that starts at or after the candidate's end (and so every later one) leaves it free,
    /// and any other span pushes the candidate to its end.
    public func earliestFreeStart(atOrAfter start: Int, duration: Int) -> Int? {
        guard duration > 0 else { return nil }
        var candidate = max(start, 0)
        for span in busy {
            guard MinuteInterval.endsByMidnight(start: candidate, duration: duration) else { return nil }
            if span.end <= candidate { continue }
            if span.start >= candidate + duration { break }
            candidate = span.end
        }
        return MinuteInterval.endsByMidnight(start: candidate, duration: duration) ? candidate : nil
    }

    /// The number of minutes of the day covered by no busy span.
    public var freeMinutes: Int {
        var free = 0
        var cursor = 0
        for span in busy {
            if span.start > cursor { free += span.start - cursor }
            cursor = max(cursor, span.end)
        }
        return free + (MinuteInterval.minutesPerDay - cursor)
    }

    /// Whether every minute of the day is busy, so no meeting of any length fits.
    public var isFull: Bool { freeMinutes == 0 }
}
