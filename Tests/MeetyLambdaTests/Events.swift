import CodeHooks

/// Builds Lex V2 code-hook events the way Lex (and the simulator) sends them.
enum Events {
    static let bot = BotInfo(id: "MEETYBOTID", name: "MeetyBot", localeId: "en_US")

    /// A resolved slot value: what was said, what it means, and the listed value(s).
    static func slot(_ interpreted: String?, said: String? = nil, resolved: [String]? = nil) -> Slot {
        Slot(
            value: SlotValue(
                originalValue: said ?? interpreted, interpretedValue: interpreted,
                resolvedValues: resolved ?? interpreted.map { [$0] } ?? []))
    }

    /// All five BookMeeting slots, `null` where not given.
    static func slots(
        name: String? = nil,
        date: String? = nil,
        time: String? = nil,
        duration: String? = nil,
        email: String? = nil
    ) -> [String: Slot?] {
        let values = [
            ("FullName", name), ("MeetingDate", date), ("MeetingTime", time), ("MeetingDuration", duration),
            ("AttendeeEmail", email),
        ]
        var slots: [String: Slot?] = [:]
        for (slotName, value) in values {
            slots.updateValue(value.map { slot($0) }, forKey: slotName)
        }
        return slots
    }

    /// The slots of a complete, valid booking of DESIGN §7 (2026-11-23 11:00, 30 minutes).
    static func alice(time: String = "11:00", duration: String = "30") -> [String: Slot?] {
        slots(name: "Alice", date: "2026-11-23", time: time, duration: duration, email: "alice@example.com")
    }

    /// An event for `intent` (or none).
    static func event(
        _ source: InvocationSource,
        intent: Intent?,
        transcript: String = "",
        attributes: [String: String]? = ["channel": "web"]
    ) -> CodeHookEvent {
        CodeHookEvent(
            invocationSource: source, sessionId: "session-1", inputTranscript: transcript, bot: bot,
            interpretations: intent.map { [Interpretation(intent: $0, nluConfidence: 1.0)] } ?? [],
            sessionState: SessionState(sessionAttributes: attributes, intent: intent))
    }

    /// A BookMeeting event with these slots.
    static func book(
        _ source: InvocationSource,
        _ slots: [String: Slot?]?,
        confirmation: ConfirmationState = .none
    ) -> CodeHookEvent {
        let state: IntentState = source == .fulfillmentCodeHook ? .readyForFulfillment : .inProgress
        let intent = Intent(name: "BookMeeting", slots: slots, state: state, confirmationState: confirmation)
        return event(source, intent: intent)
    }
}
