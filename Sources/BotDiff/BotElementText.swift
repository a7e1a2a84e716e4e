import LexModel

/// The canonical text of the values elements hold: messages, next steps, branches, numbers.
///
/// One rendering for every side, so equal behaviour gives equal text and a change shows as the
/// words a bot author knows (`StartIntent FallbackIntent`, `What is your name? | Your name?`).
enum BotElementText {
    /// Message groups: the message and its variations joined by ` | `, groups by ` / `.
    static func messages(_ groups: [LexMessageGroup]?) -> String {
        (groups ?? []).map { group in
            ([group.message] + (group.variations ?? [])).map(message).joined(separator: " | ")
        }.joined(separator: " / ")
    }

    /// One message: plain text as it is, other kinds marked.
    static func message(_ message: LexMessage) -> String {
        if let text = message.plainTextMessage?.value { return text }
        if let ssml = message.ssmlMessage?.value { return "ssml: " + ssml }
        if let payload = message.customPayload?.value { return "custom payload: " + payload }
        if let card = message.imageResponseCard {
            var text = "card: \"\(card.title)\""
            if let subtitle = card.subtitle { text += " \"\(subtitle)\"" }
            if let url = card.imageUrl { text += " image \(url)" }
            let buttons = (card.buttons ?? []).map { "\($0.text)=\($0.value)" }
            if !buttons.isEmpty { text += " [" + buttons.joined(separator: ", ") + "]" }
            return text
        }
        return ""
    }

    /// A response's text, `nil` when it says nothing.
    static func response(_ response: LexResponseSpecification?) -> String? {
        let text = messages(response?.messageGroupsList)
        return text.isEmpty ? nil : text
    }

    /// A next step in the bot format's words, `nil` when it has no dialog action.
    /// - Parameter intent: the intent the step belongs to; naming it in the step is left out.
    static func nextStep(_ state: LexDialogState?, intent: String) -> String? {
        guard let state, let action = state.dialogAction else { return nil }
        let named = state.intent?.name.flatMap { $0.isEmpty ? nil : $0 }
        var text = action.type.rawValue
        switch action.type {
        case .elicitSlot:
            text += " " + (action.slotToElicit ?? "?")
            if let named, named != intent { text += " of intent " + named }
        case .startIntent:
            text += " " + (named ?? "(no intent)")
        default:
            break
        }
        if let slots = state.intent?.slots, !slots.isEmpty {
            let values = slots.sorted { $0.key < $1.key }.map { "\($0.key): \(slotValue($0.value))" }
            text += ", slots {" + values.joined(separator: ", ") + "}"
        }
        if let attributes = state.sessionAttributes, !attributes.isEmpty {
            let values = attributes.sorted { $0.key < $1.key }.map { "\($0.key): \"\($0.value)\"" }
            text += ", session attributes {" + values.joined(separator: ", ") + "}"
        }
        if action.suppressNextMessage == true { text += ", next message suppressed" }
        return text
    }

    /// A value a next step sets: `"text"`, `null`, or a list.
    static func slotValue(_ override: LexSlotValueOverride) -> String {
        if override.shape == .list || override.values != nil {
            return "[" + (override.values ?? []).map(slotValue).joined(separator: ", ") + "]"
        }
        guard let text = override.value?.interpretedValue else { return "null" }
        return "\"\(text)\""
    }

    /// A number without a trailing `.0`: `0.4`, `1`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Parts joined by `; `, empty parts left out.
    static func join(_ parts: [String?]) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
    }
}
