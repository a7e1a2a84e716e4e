import Conversations
import LexRuntime

/// Writes a chat's recording as a conversation script (docs/conversation-format.md) that passes
/// when run with `meety-bot test`.
///
/// Every user turn asserts what the chat showed: the intent, the dialog action and elicited slot,
/// the intent state, the exact reply and the slots filled so far; approve and reject steps keep
/// the selector the user typed; the world writes the `expect:` section (for MeetyBot,
/// `expect.meetings.created` lists the records the chat created, in their final state). Exact expectations make a strict regression script; loosen them by hand
/// where a reply is allowed to change.
struct ScriptWriter: Sendable {
    /// The script's `name`.
    var name: String
    /// `bot:`, relative to the script's folder; `nil` when the bot is not a YAML file.
    var botPath: String?
    /// `locale:`, when the chat chose one.
    var locale: String?
    /// `now:`, `YYYY-MM-DDTHH:MM`.
    var now: String
    /// Lines written as comments at the top (how to run the script, for instance).
    var comments: [String] = []
    /// Each intent's slots in the bot's priority order, so `slots:` reads like the bot file.
    var slotOrder: [String: [String]] = [:]

    /// The script for `recording`, ending with the world's `expect:` section lines.
    func text(for recording: ChatRecording, expectations: [String]) -> String {
        var lines = ["# Recorded with meety-bot chat. Loosen or trim expectations where a change is expected."]
        lines += comments.map { "# " + $0 }
        lines.append("name: " + YAMLText.scalar(name))
        if let botPath { lines.append("bot: " + YAMLText.scalar(botPath)) }
        if let locale { lines.append("locale: " + YAMLText.scalar(locale)) }
        lines.append("now: " + YAMLText.scalar(now))
        lines.append("turns:")
        let defaultSession = recording.defaultSession
        var isFirstTurn = true
        for step in recording.steps {
            switch step {
            case .turn(let turn):
                // The first turn's session becomes the default, so it needs `as:` only when it is not `user`.
                let named =
                    isFirstTurn ? turn.session != ConversationScript.defaultSessionName : turn.session != defaultSession
                lines += turnLines(turn, writesSession: named)
                isFirstTurn = false
            case .storeAction(let approve, let selector):
                let pairs: [(String, String?)] = selector.conditions.map { ($0.field.value.rawValue, $0.value.value) }
                lines.append("  - \(approve ? "approve" : "reject"): " + YAMLText.flowMapping(pairs))
            }
        }
        lines += expectations
        return lines.joined(separator: "\n") + "\n"
    }

    private func turnLines(_ turn: ChatRecording.Turn, writesSession: Bool) -> [String] {
        var lines = ["  - user: " + YAMLText.scalar(turn.text)]
        if writesSession { lines.append("    as: " + YAMLText.scalar(turn.session)) }
        let state = turn.response.sessionState
        let intent = state.intent
        if let intent { lines.append("    intent: " + YAMLText.scalar(intent.name)) }
        if let action = state.dialogAction, ExpectedDialogAction(rawValue: action.type.rawValue) != nil {
            lines.append("    action: " + action.type.rawValue)
            if action.type == .elicitSlot, let slot = action.slotToElicit {
                lines.append("    slot: " + YAMLText.scalar(slot))
            }
        }
        if let value = intent?.state?.rawValue, ExpectedIntentState(rawValue: value) != nil {
            lines.append("    state: " + value)
        }
        if let value = intent?.confirmationState?.rawValue, value != ExpectedConfirmation.none.rawValue,
            ExpectedConfirmation(rawValue: value) != nil
        {
            lines.append("    confirmation: " + value)
        }
        lines.append("    bot: " + YAMLText.scalar(turn.response.replyText))
        if let intent {
            var pairs: [(String, String?)] = []
            for slot in orderedSlots(of: intent.name, present: Array((intent.slots ?? [:]).keys)) {
                if let value = intent.interpretedValue(of: slot) {
                    pairs.append((slot, value))
                } else if turn.clearedSlots.contains(slot) {
                    pairs.append((slot, nil))
                }
            }
            if !pairs.isEmpty { lines.append("    slots: " + YAMLText.flowMapping(pairs)) }
        }
        return lines
    }

    /// The slots of `intent` in priority order, then any others present, by name.
    private func orderedSlots(of intent: String, present: [String]) -> [String] {
        let known = slotOrder[intent] ?? []
        return known + present.filter { !known.contains($0) }.sorted()
    }
}
