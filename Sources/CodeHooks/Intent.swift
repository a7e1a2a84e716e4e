/// An intent as it travels in events, responses and RecognizeText results.
///
/// `slots` has a key for every slot of the intent; an unfilled slot is `nil` and is written as
/// JSON `null`, as Lex does (a hook clears a slot by sending `null`). `kendraResponse` is accepted
/// when decoding and dropped.
public struct Intent: Codable, Sendable, Equatable {
    /// The intent name.
    public var name: String
    /// Every slot of the intent; an unfilled slot is `nil` (JSON `null`).
    public var slots: [String: Slot?]?
    /// The intent's state.
    public var state: IntentState?
    /// Whether the user confirmed.
    public var confirmationState: ConfirmationState?

    /// Creates an intent.
    public init(
        name: String,
        slots: [String: Slot?]? = [:],
        state: IntentState? = nil,
        confirmationState: ConfirmationState? = nil
    ) {
        self.name = name
        self.slots = slots
        self.state = state
        self.confirmationState = confirmationState
    }

    /// The slot with this name, or `nil` when it is unfilled or not part of the intent; saves
    /// callers from unwrapping the dictionary's double optional.
    public func slot(_ name: String) -> Slot? {
        (slots?[name]) ?? nil
    }

    /// The interpreted value of a slot, if it has one.
    public func interpretedValue(of slot: String) -> String? {
        self.slot(slot)?.value?.interpretedValue
    }
}
