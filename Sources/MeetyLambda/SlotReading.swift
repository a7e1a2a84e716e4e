/// What one slot of an event says, before any booking rule looks at it.
///
/// Lex sends an unfilled slot as `null`, an unresolved one without `interpretedValue`, and a
/// malformed event may send an empty string or a value in the wrong format. Each of these is a
/// distinct case here, so the rules can answer each precisely and nothing is force-unwrapped.
enum SlotReading<Value: Sendable & Equatable>: Sendable, Equatable {
    /// No usable value: the slot is absent or `null`, or Lex heard something it could not resolve
    /// (which the dialog re-prompts by itself when the hook delegates).
    case unfilled
    /// An interpreted value that is empty or only white space.
    case blank
    /// An interpreted value in a format the slot's type never produces; carries what was heard.
    case unparsable(String)
    /// A usable value.
    case value(Value)

    /// The value, if there is one.
    var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}
