import CodeHooks
import Foundation

/// A decoded response with accessors for what tests assert.
struct WireResult {
    let response: CodeHookResponse
    let object: [String: Any]

    var action: DialogActionType? { response.sessionState.dialogAction?.type }
    var slotToElicit: String? { response.sessionState.dialogAction?.slotToElicit }
    var intentState: IntentState? { response.sessionState.intent?.state }
    var messages: [String] { (response.messages ?? []).compactMap(\.content) }
    var text: String { messages.joined(separator: "\n") }

    /// The interpreted value the response gives a slot.
    func value(_ slot: String) -> String? {
        response.sessionState.intent?.interpretedValue(of: slot)
    }

    /// Whether the response's JSON has the slot as an explicit `null` (how Lex clears a slot).
    func isNull(_ slot: String) -> Bool {
        let state = object["sessionState"] as? [String: Any]
        let intent = state?["intent"] as? [String: Any]
        let slots = intent?["slots"] as? [String: Any]
        return slots?[slot] is NSNull
    }
}
