import CodeHooks
import Conversations
import LexRuntime
import MeetyDiagnostics

/// Compares a turn's expectations with the bot's response and explains each difference.
enum TurnCheck {
    /// One unmet expectation.
    struct Problem {
        /// "expected action ElicitSlot(MeetingTime) but the bot closed the intent as Fulfilled".
        var message: String
        /// A note pointing at the expectation in the script.
        var notes: [Diagnostic.Note]
    }

    /// Every unmet expectation of `expected`, in the order the script writes them.
    static func mismatches(_ expected: TurnExpectations, response: RecognizeTextResponse) -> [Problem] {
        var problems: [Problem] = []
        func add(_ message: String, _ span: SourceSpan) {
            problems.append(Problem(message: message, notes: [Diagnostic.Note("expectation written here", at: span)]))
        }
        let intent = response.sessionState.intent
        let action = response.sessionState.dialogAction
        if let reply = expected.reply, !reply.value.isSatisfied(by: response.replyText) {
            add("expected reply \(reply.value) but the bot said \(quoted(response.replyText))", reply.span)
        }
        if let name = expected.intent, name.value != intent?.name {
            add(
                "expected intent \(name.value) but the reply came from \(intent.map { "intent \($0.name)" } ?? "no intent")",
                name.span)
        }
        if let want = expected.action {
            let slot = expected.slotToElicit?.value
            let actionMatches = want.value.rawValue == action?.type.rawValue
            let slotMatches = slot == nil || slot == action?.slotToElicit
            if !actionMatches || !slotMatches {
                let wanted = want.value.rawValue + (slot.map { "(\($0))" } ?? "")
                add("expected action \(wanted) but the bot \(describe(response))", want.span)
            }
        } else if let slot = expected.slotToElicit, !(action?.type == .elicitSlot && action?.slotToElicit == slot.value)
        {
            add("expected the bot to elicit slot \(slot.value) but it \(describe(response))", slot.span)
        }
        if let state = expected.state, state.value.rawValue != intent?.state?.rawValue {
            add(
                "expected intent state \(state.value.rawValue) but it is \(intent?.state?.rawValue ?? "unset")",
                state.span)
        }
        if let confirmation = expected.confirmation,
            confirmation.value.rawValue != (intent?.confirmationState ?? .none).rawValue
        {
            let actual = (intent?.confirmationState ?? .none).rawValue
            add("expected confirmation \(confirmation.value.rawValue) but it is \(actual)", confirmation.span)
        }
        for slot in expected.slots {
            let actual = intent?.interpretedValue(of: slot.name.value)
            guard actual != slot.value.value else { continue }
            let wanted =
                slot.value.value.map { "slot \(slot.name.value) = \($0)" } ?? "slot \(slot.name.value) to be unset"
            add("expected \(wanted) but it is \(actual.map(quoted) ?? "unset")", slot.value.span)
        }
        let attributes = response.sessionState.sessionAttributes ?? [:]
        for attribute in expected.session {
            let actual = attributes[attribute.key.value]
            guard actual != attribute.value.value else { continue }
            let wanted =
                attribute.value.value.map { "session attribute \(attribute.key.value) = \($0)" }
                ?? "session attribute \(attribute.key.value) to be absent"
            add("expected \(wanted) but it is \(actual.map(quoted) ?? "absent")", attribute.value.span)
        }
        if expected.hooks != nil || expected.contexts != nil {
            problems += flowMismatches(expected, response: response)
        }
        return problems
    }

    /// What the bot did, in words: "elicited slot FullName", "closed the intent as Fulfilled".
    static func describe(_ response: RecognizeTextResponse) -> String {
        let action = response.sessionState.dialogAction
        let state = response.sessionState.intent?.state?.rawValue ?? "unset"
        switch action?.type {
        case .elicitSlot?: return "elicited slot \(action?.slotToElicit ?? "?")"
        case .confirmIntent?: return "asked for confirmation"
        case .elicitIntent?: return "asked what the user wants (ElicitIntent)"
        case .close?: return "closed the intent as \(state)"
        default: return "answered with action \(action?.type.rawValue ?? "none")"
        }
    }

    /// Text in double quotes with newlines shown as `\n`.
    static func quoted(_ text: String) -> String {
        "\"" + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n") + "\""
    }
}
