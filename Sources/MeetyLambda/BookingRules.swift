import CodeHooks
import LexFacts

/// The `BookMeeting` rules of DESIGN §6, evaluated in order; the first failing rule wins.
///
/// Split in three so that the store is read only when it matters: `firstProblem` needs nothing but
/// the clock, `conflict` needs the active meetings of the requested day, and `missingSlot` is the
/// extra check of the fulfillment hook.
struct BookingRules: Sendable {
    /// The durations the bot offers.
    static let allowedDurations: Set<Int> = [30, 60]

    /// The conversation's current date and time.
    var now: LocalDateTime

    /// The rules that need no store, in order: a blank name; an unreadable or past date; an
    /// unreadable time or a time earlier than now today; an ambiguous time or a part of the day; a
    /// duration other than 30 or 60; a meeting ending after midnight; a blank email.
    func firstProblem(in request: BookingRequest) -> BookingProblem? {
        if case .blank = request.name { return .blank(.fullName) }
        switch request.date {
        case .blank: return .blank(.meetingDate)
        case .unparsable(let heard): return .unparsableDate(heard)
        case .value(let date) where date < now.date: return .pastDate(date, today: now.date)
        default: break
        }
        switch request.time {
        case .blank: return .blank(.meetingTime)
        case .unparsable(let heard): return .unparsableTime(heard)
        case .value(.exact(let time)) where request.date.value == now.date && time < now.time:
            return .pastTime(time, now: now.time)
        case .value(.ambiguous(let candidates)): return .ambiguousTime(candidates)
        case .value(.partOfDay(let part)): return .partOfDay(part)
        default: break
        }
        switch request.duration {
        case .blank: return .blank(.meetingDuration)
        case .unparsable(let heard): return .durationNotAllowed(heard: request.heard[.meetingDuration] ?? heard)
        case .value(let minutes) where !Self.allowedDurations.contains(minutes):
            return .durationNotAllowed(heard: request.heard[.meetingDuration] ?? String(minutes))
        default: break
        }
        if let start = exactStart(request), let duration = request.duration.value,
            !MinuteInterval.endsByMidnight(start: start.minutes, duration: duration)
        {
            return .endsAfterMidnight(start: start, duration: duration)
        }
        if case .blank = request.email { return .blank(.attendeeEmail) }
        return nil
    }

    /// The day and start to check for conflicts, once both are known.
    func conflictQuery(_ request: BookingRequest) -> (date: CalendarDate, start: TimeOfDay)? {
        guard let date = request.date.value, let start = exactStart(request) else { return nil }
        return (date, start)
    }

    /// The conflict rule: with the duration known the whole span is checked, otherwise whether the
    /// start falls inside a meeting. Call only after `firstProblem` found nothing.
    func conflict(in request: BookingRequest, active: [Meeting]) -> BookingProblem? {
        guard let (date, start) = conflictQuery(request) else { return nil }
        return ConflictReport(date: date, start: start, duration: request.duration.value, active: active)
            .map(BookingProblem.conflict)
    }

    /// The first slot, in priority order, that the fulfillment needs but has no value.
    func missingSlot(in request: BookingRequest) -> BookingProblem? {
        let filled: [(BookingSlot, Bool)] = [
            (.fullName, request.name.value != nil), (.meetingDate, request.date.value != nil),
            (.meetingTime, request.time.value != nil), (.meetingDuration, request.duration.value != nil),
            (.attendeeEmail, request.email.value != nil),
        ]
        return filled.first { !$0.1 }.map { .missing($0.0) }
    }

    private func exactStart(_ request: BookingRequest) -> TimeOfDay? {
        if case .value(.exact(let time)) = request.time { return time }
        return nil
    }
}
