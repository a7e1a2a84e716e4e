/// How the user gave the input of this turn (`inputMode`); a hook may phrase replies differently
/// for speech or keypad input. The simulator always sends `Text`.
public enum InputMode: String, Sendable, CaseIterable, Codable {
    /// Typed text.
    case text = "Text"
    /// Speech.
    case speech = "Speech"
    /// Telephone keypad.
    case dtmf = "DTMF"

    /// Decodes a known value; an unknown one fails naming it and the valid values.
    public init(from decoder: any Decoder) throws {
        self = try decodeClosedWireValue(InputMode.self, from: decoder)
    }
}
