/// A dialog action type. Kept open (any string decodes) so that a hook answering with an unknown
/// action produces a validation problem naming it, not an opaque decoding failure.
public struct DialogActionType: RawRepresentable, Codable, Sendable, Hashable, CustomStringConvertible {
    /// The wire value.
    public var rawValue: String

    /// Wraps a wire value.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Ends the intent (with its state).
    public static let close = DialogActionType(rawValue: "Close")
    /// Asks the user to confirm the intent.
    public static let confirmIntent = DialogActionType(rawValue: "ConfirmIntent")
    /// Lets the bot choose the next step.
    public static let delegate = DialogActionType(rawValue: "Delegate")
    /// Asks the user what they want.
    public static let elicitIntent = DialogActionType(rawValue: "ElicitIntent")
    /// Asks for a slot value.
    public static let elicitSlot = DialogActionType(rawValue: "ElicitSlot")
    /// No action (RecognizeText only).
    public static let none = DialogActionType(rawValue: "None")

    /// The types a code hook may answer with, sorted.
    public static let responseTypes: [DialogActionType] = [
        .close, .confirmIntent, .delegate, .elicitIntent, .elicitSlot,
    ]

    /// Whether the value is one Lex defines.
    public var isKnown: Bool { Self.responseTypes.contains(self) || self == .none }

    /// The wire value.
    public var description: String { rawValue }
}
