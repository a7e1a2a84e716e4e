import CodeHooks
import LexFacts

/// The `BookMeeting` slots of one event, each read into a `SlotReading`.
///
/// Reading is total: any intent, with or without a slots dictionary, with `null`, empty, unknown
/// or malformed values, yields a request. Slots the intent has but the hooks do not know are
/// ignored here and passed back to Lex untouched.
struct BookingRequest: Sendable, Equatable {
    /// FullName, trimmed.
    var name: SlotReading<String>
    /// MeetingDate.
    var date: SlotReading<CalendarDate>
    /// MeetingTime.
    var time: SlotReading<TimeRequest>
    /// MeetingDuration in minutes (any whole number; the rules decide what is allowed).
    var duration: SlotReading<Int>
    /// AttendeeEmail, trimmed.
    var email: SlotReading<String>
    /// What the user said for each slot (`originalValue`, else `interpretedValue`), for replies.
    var heard: [BookingSlot: String]

    /// Reads the slots of `intent`.
    init(intent: Intent) {
        var heard: [BookingSlot: String] = [:]
        func value(_ slot: BookingSlot) -> SlotValue? {
            guard let entry = intent.slots?[slot.rawValue], let slotEntry = entry else { return nil }
            let value = slotEntry.value ?? slotEntry.values?.first?.value
            heard[slot] = value?.originalValue ?? value?.interpretedValue
            return value
        }
        name = Self.read(value(.fullName)) { .value($0) }
        date = Self.read(value(.meetingDate)) { CalendarDate(iso: $0).map { .value($0) } ?? .unparsable($0) }
        time = Self.readTime(value(.meetingTime))
        duration = Self.readDuration(value(.meetingDuration))
        email = Self.read(value(.attendeeEmail)) { .value($0) }
        self.heard = heard
    }

    /// The common shape: no interpreted value is unfilled, a blank one is blank, anything else is
    /// parsed from its trimmed text.
    private static func read<Value>(
        _ slotValue: SlotValue?,
        parse: (String) -> SlotReading<Value>
    ) -> SlotReading<Value> {
        guard let interpreted = slotValue?.interpretedValue else { return .unfilled }
        let text = interpreted.trimmingWhitespace
        return text.isEmpty ? .blank : parse(text)
    }

    /// A time: an interpreted `HH:MM` before 24:00 or a day-part code; without an interpreted
    /// value, two or more candidates make it ambiguous.
    private static func readTime(_ slotValue: SlotValue?) -> SlotReading<TimeRequest> {
        guard let slotValue else { return .unfilled }
        guard slotValue.interpretedValue != nil else {
            let resolved = (slotValue.resolvedValues ?? []).map(\.trimmingWhitespace)
            if let part = resolved.lazy.compactMap(PartOfDay.init(rawValue:)).first {
                return .value(.partOfDay(part))
            }
            guard resolved.count >= 2 else { return .unfilled }
            let candidates = Set(resolved.compactMap(startTime(_:))).sorted()
            guard !candidates.isEmpty else {
                return .unparsable(slotValue.originalValue ?? resolved.joined(separator: " "))
            }
            return .value(.ambiguous(candidates))
        }
        return read(slotValue) { text in
            if let part = PartOfDay(rawValue: text) { return .value(.partOfDay(part)) }
            return startTime(text).map { .value(.exact($0)) } ?? .unparsable(text)
        }
    }

    /// A duration: `resolvedValues[0]` when it reads as minutes (the listed value of a synonym),
    /// else the interpreted value; an unreadable value is kept as said.
    private static func readDuration(_ slotValue: SlotValue?) -> SlotReading<Int> {
        read(slotValue) { text in
            let resolved = slotValue?.resolvedValues?.first.flatMap(DurationText.minutes(in:))
            return (resolved ?? DurationText.minutes(in: text)).map { .value($0) } ?? .unparsable(text)
        }
    }

    private static func startTime(_ text: String) -> TimeOfDay? {
        guard let time = TimeOfDay(hhmm: text), time.minutes < MinuteInterval.minutesPerDay else { return nil }
        return time
    }
}
