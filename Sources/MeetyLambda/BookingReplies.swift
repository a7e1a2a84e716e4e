import CodeHooks
import LexFacts

/// Every text the LexLambda says. Kept in one place so docs/lexlambda.md and the tests can be
/// checked against it: dates are `YYYY-MM-DD`, times 24-hour `HH:MM`, ranges `HH:MM-HH:MM`.
enum BookingReplies {
    /// An empty value.
    static func blank(_ slot: BookingSlot) -> String {
        "Sorry, I didn't catch \(slot.noun). \(slot.prompt)"
    }

    /// A value the fulfillment still needs.
    static func missing(_ slot: BookingSlot) -> String {
        "Before I can book the meeting I need \(slot.noun). \(slot.prompt)"
    }

    /// A date that is not a date.
    static func unparsableDate(_ heard: String) -> String {
        "Sorry, I could not understand \"\(heard)\" as a date. \(BookingSlot.meetingDate.prompt)"
    }

    /// A date before today.
    static func pastDate(_ date: CalendarDate, today: CalendarDate) -> String {
        "Sorry, \(date.iso) is in the past (today is \(today.iso)). \(BookingSlot.meetingDate.prompt)"
    }

    /// A time that is not a time.
    static func unparsableTime(_ heard: String) -> String {
        "Sorry, I could not understand \"\(heard)\" as a start time. \(BookingSlot.meetingTime.prompt)"
    }

    /// A time earlier than now, today.
    static func pastTime(_ time: TimeOfDay, now: TimeOfDay) -> String {
        "Sorry, \(time.hhmm) today has already passed (it is \(now.hhmm) now). \(BookingSlot.meetingTime.prompt)"
    }

    /// An ambiguous time: "Did you mean 03:00 or 15:00?".
    static func ambiguousTime(_ candidates: [TimeOfDay]) -> String {
        "Did you mean \(alternatives(candidates.map(\.hhmm)))?"
    }

    /// A part of the day instead of a start time.
    static func partOfDay(_ part: PartOfDay) -> String {
        "The \(part.name) is not an exact start time. Did you mean \(alternatives(part.candidates.map(\.hhmm)))?"
    }

    /// A duration other than 30 or 60 minutes.
    static func durationNotAllowed(_ heard: String) -> String {
        "Sorry, a meeting can last 30 or 60 minutes, not \"\(heard)\". \(BookingSlot.meetingDuration.prompt)"
    }

    /// A meeting that would end after midnight, with the latest start that ends by 24:00.
    static func endsAfterMidnight(_ start: TimeOfDay, duration: Int) -> String {
        let latest = MinuteInterval.latestStart(duration: duration).flatMap { TimeOfDay(minutes: $0) }
        return "Sorry, a \(duration)-minute meeting starting at \(start.hhmm) would end after midnight. "
            + "The latest start that ends by 24:00 is \(latest?.hhmm ?? "00:00"). \(BookingSlot.meetingTime.prompt)"
    }

    /// The conflict reply: the clashing ranges, then the proposal or the full day.
    static func conflict(_ report: ConflictReport) -> String {
        let what = report.requested?.hhmmRange ?? report.start.hhmm
        let booked = report.clashes.count == 1 ? "the meeting booked" : "the meetings booked"
        let clash =
            "Sorry, \(what) on \(report.date.iso) clashes with \(booked) "
            + alternatives(report.clashes.map(\.hhmmRange), joiner: "and")
        let length = "a \(report.proposalDuration)-minute meeting at or after \(report.start.hhmm)"
        guard let proposal = report.proposal else {
            return "\(clash), and \(report.date.iso) is full for \(length). Which other day would you like to meet?"
        }
        return "\(clash). The earliest free start for \(length) is \(proposal.hhmm). \(BookingSlot.meetingTime.prompt)"
    }

    /// The fulfillment's success reply; it starts with "Thanks <name>".
    static func requested(_ meeting: Meeting) -> String {
        "Thanks \(meeting.attendeeName), your \(meeting.duration)-minute meeting on \(meeting.date.iso) from "
            + "\(meeting.startTime.hhmm) to \(meeting.endTime.hhmm) is requested and awaits approval."
    }

    /// The store failed; nothing was written.
    static let storeUnavailable =
        "Sorry, the meeting calendar is unavailable right now, so nothing was booked. Please try again later."

    /// An event without an intent.
    static let lostIntent = "Sorry, I lost track of what we were doing. I can book meetings: say \"book a meeting\"."

    /// `a`, `a or b`, `a, b or c`.
    static func alternatives(_ items: [String], joiner: String = "or") -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(joiner) " + last
    }
}
