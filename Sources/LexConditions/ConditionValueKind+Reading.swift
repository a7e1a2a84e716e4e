extension ConditionValueKind {
    /// Whether `text` reads as a value of this kind, the way conditions read slot values: a number
    /// for `number`, `YYYY-MM-DD` for `date`, `HH:MM[:SS]` for `time`, an ISO 8601 duration for
    /// `duration`; any text for `text` and `untyped`.
    ///
    /// For checks outside conditions that must agree with them, such as a slot's default value,
    /// which Lex compares in conditions like any other value of the slot.
    public func reads(_ text: String) -> Bool {
        switch self {
        case .text, .untyped: true
        case .number, .date, .time, .duration: ConditionValueOrder.number(text, as: self) != nil
        }
    }
}
