import CodeHooks
import LexFacts

/// The first thing wrong with a booking request: which slot to clear and ask again, and why.
///
/// The dialog and fulfillment hooks both answer a problem the same way (`ElicitSlot` with the slot
/// set to null and `message`), so the reply to a rule is defined once.
enum BookingProblem: Sendable, Equatable {
    /// The slot's interpreted value is empty.
    case blank(BookingSlot)
    /// A slot the fulfillment needs has no value.
    case missing(BookingSlot)
    /// The date is not `YYYY-MM-DD`.
    case unparsableDate(String)
    /// The date is before today.
    case pastDate(CalendarDate, today: CalendarDate)
    /// The time is not `HH:MM` before 24:00 nor a day part.
    case unparsableTime(String)
    /// The time is earlier than now on today.
    case pastTime(TimeOfDay, now: TimeOfDay)
    /// The time has several candidates.
    case ambiguousTime([TimeOfDay])
    /// The time is a part of the day.
    case partOfDay(PartOfDay)
    /// The duration is not 30 or 60 minutes; carries what the user said.
    case durationNotAllowed(heard: String)
    /// The meeting would end after 24:00.
    case endsAfterMidnight(start: TimeOfDay, duration: Int)
    /// The request clashes with booked meetings.
    case conflict(ConflictReport)

    /// The slot to clear and re-elicit.
    var slot: BookingSlot {
        switch self {
        case .blank(let slot), .missing(let slot): slot
        case .unparsableDate, .pastDate: .meetingDate
        case .unparsableTime, .pastTime, .ambiguousTime, .partOfDay, .endsAfterMidnight: .meetingTime
        case .durationNotAllowed: .meetingDuration
        case .conflict(let report): report.proposal == nil ? .meetingDate : .meetingTime
        }
    }

    /// The reply that says what is wrong and asks again.
    var message: String {
        switch self {
        case .blank(let slot): BookingReplies.blank(slot)
        case .missing(let slot): BookingReplies.missing(slot)
        case .unparsableDate(let heard): BookingReplies.unparsableDate(heard)
        case .pastDate(let date, let today): BookingReplies.pastDate(date, today: today)
        case .unparsableTime(let heard): BookingReplies.unparsableTime(heard)
        case .pastTime(let time, let now): BookingReplies.pastTime(time, now: now)
        case .ambiguousTime(let candidates): BookingReplies.ambiguousTime(candidates)
        case .partOfDay(let part): BookingReplies.partOfDay(part)
        case .durationNotAllowed(let heard): BookingReplies.durationNotAllowed(heard)
        case .endsAfterMidnight(let start, let duration): BookingReplies.endsAfterMidnight(start, duration: duration)
        case .conflict(let report): BookingReplies.conflict(report)
        }
    }
}
