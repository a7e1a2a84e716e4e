import CodeHooks
import LexFacts

/// A request that clashes with booked meetings, and the way out the bot offers.
///
/// Built by the booking rules from a `DaySchedule`: the clashing ranges for the reply, and the
/// earliest free start at or after the request, or `nil` when the day is full for it.
struct ConflictReport: Sendable, Equatable {
    /// The requested day.
    var date: CalendarDate
    /// The requested start.
    var start: TimeOfDay
    /// The requested span when the duration is known; `nil` when only the start was checked.
    var requested: MinuteInterval?
    /// The length the proposal was computed for (the duration, else 30).
    var proposalDuration: Int
    /// The distinct clashing spans, sorted.
    var clashes: [MinuteInterval]
    /// The earliest free start, or `nil` when nothing fits on that day from `start` on.
    var proposal: TimeOfDay?

    /// The length assumed for a proposal before the user has chosen one.
    static let defaultDuration = 30

    /// Checks a request against the active meetings of its day; `nil` when nothing clashes.
    /// - Parameters:
    ///   - duration: the meeting length when known (then the whole span is checked), else `nil`
    ///     (then only whether the start falls inside a meeting).
    init?(date: CalendarDate, start: TimeOfDay, duration: Int?, active: [Meeting]) {
        let schedule = DaySchedule(busy: active.filter { $0.isActive && $0.date == date }.map(\.interval))
        let requested = duration.flatMap { MinuteInterval(start: start.minutes, duration: $0) }
        let clashes =
            if let requested {
                schedule.conflicts(with: requested)
            } else {
                schedule.conflicts(atStart: start.minutes)
            }
        guard !clashes.isEmpty else { return nil }
        self.date = date
        self.start = start
        self.requested = requested
        self.proposalDuration = requested?.duration ?? Self.defaultDuration
        self.clashes = Array(Set(clashes)).sorted()
        self.proposal = schedule.earliestFreeStart(atOrAfter: start.minutes, duration: proposalDuration)
            .flatMap { TimeOfDay(minutes: $0) }
    }
}
