import CodeHooks
import Foundation

/// The Lex V2 fulfillment events of `bookings` distinct `BookMeeting` bookings (`BenchBooking`):
/// what the original Python LexLambda is called with in the side-by-side comparison.
///
/// They are built as the contract's typed values and encoded the way the simulator's JSON hooks
/// encode them, so the Python handler gets the same event shape a `python:` hook gets: every slot
/// filled and resolved, the intent `ReadyForFulfillment` and confirmed.
struct FulfillmentEvents: Sendable {
    /// How many bookings.
    let bookings: Int

    /// The events, booking 0 first.
    func events() -> [CodeHookEvent] {
        (0..<bookings).map { event(BenchBooking(number: $0)) }
    }

    /// The events as one JSON array, each encoded as `CodeHookJSON` encodes events for hooks.
    func json() throws -> Data {
        try CodeHookJSON.encode(events())
    }

    private func event(_ booking: BenchBooking) -> CodeHookEvent {
        func slot(_ said: String, _ value: String) -> Slot? {
            Slot(value: SlotValue(originalValue: said, interpretedValue: value, resolvedValues: [value]))
        }
        let intent = Intent(
            name: "BookMeeting",
            slots: [
                "FullName": slot(booking.name, booking.name),
                "MeetingDate": slot(booking.date.iso, booking.date.iso),
                "MeetingTime": slot(booking.time, booking.time),
                "MeetingDuration": slot("half an hour", "30"),
                "AttendeeEmail": slot(booking.email, booking.email),
            ],
            state: .readyForFulfillment,
            confirmationState: .confirmed
        )
        return CodeHookEvent(
            invocationSource: .fulfillmentCodeHook,
            sessionId: booking.sessionId,
            inputTranscript: "yes",
            bot: BotInfo(id: "MEETYBOT01", name: "MeetyBot", localeId: "en_US"),
            interpretations: [Interpretation(intent: intent, nluConfidence: 1)],
            sessionState: SessionState(
                sessionAttributes: [:], intent: intent, originatingRequestId: "\(booking.sessionId)-7"),
            transcriptions: [Transcription(transcription: "yes")]
        )
    }
}
