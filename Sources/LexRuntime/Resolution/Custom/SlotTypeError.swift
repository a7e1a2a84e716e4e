/// Why a set of custom slot types could not be prepared for resolution.
///
/// Raised once, when the runtime loads a bot, so that a bad regex filter or a duplicate slot
/// type name is reported up front instead of as a mysteriously unresolved slot mid-conversation.
public struct SlotTypeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The slot type at fault.
    public let slotTypeName: String
    /// What is wrong, naming the slot type (lowercase, no final period, like diagnostics).
    public let message: String

    /// Creates an error.
    public init(slotTypeName: String, message: String) {
        self.slotTypeName = slotTypeName
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
