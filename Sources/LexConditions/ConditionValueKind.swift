/// How a value compares with a constant. Lex: comparisons follow "the slot type of the reference"
/// (strings case-insensitively, numbers as numbers, dates and times in time order, durations by
/// length). Attributes and paths have no slot type: they are `untyped`.
public enum ConditionValueKind: String, Sendable, Hashable, CaseIterable {
    /// Text, compared by ASCII code after folding A-Z to a-z (custom types, names, cities...).
    case text
    /// Numbers (`AMAZON.Number`, `AMAZON.Percentage`).
    case number
    /// `YYYY-MM-DD` dates in calendar order (`AMAZON.Date`).
    case date
    /// `HH:MM` or `HH:MM:SS` times of day in clock order (`AMAZON.Time`).
    case time
    /// ISO 8601 durations by length (`AMAZON.Duration`).
    case duration
    /// No declared type (session and request attributes, `$.` paths): numbers when both sides read
    /// as numbers, text otherwise.
    case untyped

    /// The kind for a slot of type `slotType`: a built-in type's kind, `text` for everything else
    /// (custom types and the other built-ins).
    public init(slotType: String) {
        switch slotType {
        case "AMAZON.Number", "AMAZON.Percentage": self = .number
        case "AMAZON.Date": self = .date
        case "AMAZON.Time": self = .time
        case "AMAZON.Duration": self = .duration
        default: self = .text
        }
    }

    /// How messages name the kind: "a number", "a date (YYYY-MM-DD)".
    var expected: String {
        switch self {
        case .text, .untyped: "text"
        case .number: "a number"
        case .date: "a date (YYYY-MM-DD)"
        case .time: "a time of day (HH:MM)"
        case .duration: "an ISO 8601 duration (PT2H)"
        }
    }
}
