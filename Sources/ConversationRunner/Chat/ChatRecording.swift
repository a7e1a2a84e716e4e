import Conversations
import LexRuntime

/// What a chat did so far, step by step, so `:save` can write it down as a conversation script.
///
/// Only steps that succeeded are recorded: a turn that failed left its session unchanged and an
/// approve that matched nothing left the store unchanged, so leaving them out keeps the saved
/// script a faithful replay of the state the user saw.
struct ChatRecording: Sendable {
    /// One user turn and the bot's answer to it.
    struct Turn: Sendable {
        /// The session the user spoke in.
        var session: String
        /// What the user typed.
        var text: String
        /// The bot's answer: reply, dialog action, intent, slots.
        var response: RecognizeTextResponse
        /// Slots of the same intent that had a value after the session's previous turn and have
        /// none now (a hook cleared them), so the script can assert they are unset.
        var clearedSlots: [String]
    }

    /// A recorded step.
    enum Step: Sendable {
        /// A user turn.
        case turn(Turn)
        /// An approve (`true`) or reject (`false`) of the one record the selector matched.
        case storeAction(approve: Bool, selector: MeetingSelector)
    }

    /// The steps, in order.
    private(set) var steps: [Step] = []

    /// Appends a step.
    mutating func append(_ step: Step) {
        steps.append(step)
    }

    /// The recorded user turns, in order.
    var turns: [Turn] {
        steps.compactMap { step in
            if case .turn(let turn) = step { return turn }
            return nil
        }
    }

    /// The session of the first user turn: the one a script's turns without `as:` go to.
    var defaultSession: String {
        turns.first?.session ?? ConversationScript.defaultSessionName
    }
}
