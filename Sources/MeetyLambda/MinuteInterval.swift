import CodeHooks
import LexFacts

/// A half-open span of one day's minutes, `[start, end)`, with `0 ≤ start < end ≤ 1440`.
///
/// Every conflict rule of the LexLambda is a question about these spans. Half-open ends make
/// back-to-back meetings (10:00-11:00 and 11:00-12:00) free of each other, and the upper bound
/// 1440 (24:00) lets a meeting end exactly at midnight but never later, so no stored meeting
/// crosses into the next day where a per-day check could not see it.
public struct MinuteInterval: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The number of minutes in a day; `end` may equal it (24:00), never exceed it.
    public static let minutesPerDay = 1440

    /// The first minute inside the span.
    public let start: Int
    /// The first minute after the span.
    public let end: Int

    /// Creates a span if `0 ≤ start < end ≤ 1440`; `nil` otherwise, so an empty, reversed or
    /// past-midnight span can never be represented.
    public init?(start: Int, end: Int) {
        guard start >= 0, start < end, end <= Self.minutesPerDay else { return nil }
        self.start = start
        self.end = end
    }

    /// Creates the span of a meeting of `duration` minutes starting at `start`; `nil` when the
    /// meeting would end after 24:00 or the duration is not positive.
    public init?(start: Int, duration: Int) {
        guard Self.endsByMidnight(start: start, duration: duration) else { return nil }
        self.init(start: start, end: start + duration)
    }

    /// Creates a span from two times of day (the end may be 24:00).
    public init?(start: TimeOfDay, end: TimeOfDay) {
        self.init(start: start.minutes, end: end.minutes)
    }

    /// The length in minutes (always positive).
    public var duration: Int { end - start }

    /// The start as a time of day, for replies and records.
    public var startTime: TimeOfDay { TimeOfDay(minutes: start)! }

    /// The end as a time of day (24:00 when the span ends at midnight).
    public var endTime: TimeOfDay { TimeOfDay(minutes: end)! }

    /// `HH:MM-HH:MM`: how replies name a clashing range.
    public var hhmmRange: String { "\(startTime.hhmm)-\(endTime.hhmm)" }

    /// `HH:MM-HH:MM`.
    public var description: String { hhmmRange }

    /// Whether the spans share at least one minute: the definition of a conflict. Touching spans
    /// do not overlap.
    public func overlaps(_ other: MinuteInterval) -> Bool {
        start < other.end && other.start < end
    }

    /// Whether `other` lies entirely inside this span (equal spans contain each other). The
    /// original LexLambda missed exactly this case; it is a conflict like any other overlap.
    public func contains(_ other: MinuteInterval) -> Bool {
        start <= other.start && other.end <= end
    }

    /// Whether the minute falls inside the span: how a start time alone is checked before the
    /// duration is known.
    public func contains(minute: Int) -> Bool {
        start <= minute && minute < end
    }

    /// Whether one span ends exactly where the other starts (back-to-back, not a conflict).
    public func touches(_ other: MinuteInterval) -> Bool {
        end == other.start || other.end == start
    }

    /// Whether a meeting of `duration` minutes starting at minute `start` is a valid span of one
    /// day: it starts within the day, lasts at least a minute and ends no later than 24:00.
    /// Written without `start + duration` so that absurd inputs cannot overflow.
    public static func endsByMidnight(start: Int, duration: Int) -> Bool {
        (0..<minutesPerDay).contains(start) && duration > 0 && duration <= minutesPerDay - start
    }

    /// The latest start from which a meeting of `duration` minutes still ends by 24:00, or `nil`
    /// when no start works (a duration that is not positive or longer than a day).
    public static func latestStart(duration: Int) -> Int? {
        (1...minutesPerDay).contains(duration) ? minutesPerDay - duration : nil
    }

    /// Orders by start, then end.
    public static func < (lhs: MinuteInterval, rhs: MinuteInterval) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
