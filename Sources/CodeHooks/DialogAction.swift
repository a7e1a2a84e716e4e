/// A dialog action (`sessionState.dialogAction`): in an event, what the bot is doing; in a
/// response, what it must do next.
///
/// `subSlotToElicit` (composite slots) is accepted when decoding and dropped: the compiler does
/// not produce composite slots.
public struct DialogAction: Codable, Sendable, Equatable {
    /// The action type.
    public var type: DialogActionType
    /// The slot to elicit, for `ElicitSlot`.
    public var slotToElicit: String?
    /// `Default`, `SpellByLetter` or `SpellByWord` (speech only).
    public var slotElicitationStyle: String?

    /// Creates a dialog action.
    public init(type: DialogActionType, slotToElicit: String? = nil, slotElicitationStyle: String? = nil) {
        self.type = type
        self.slotToElicit = slotToElicit
        self.slotElicitationStyle = slotElicitationStyle
    }
}
