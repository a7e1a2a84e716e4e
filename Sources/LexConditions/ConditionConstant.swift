/// The right-hand side of a comparison or `CONTAINS`: a constant as written.
public struct ConditionConstant: Sendable, Hashable {
    /// How the constant was written.
    public var kind: Kind
    /// The constant's text, quotes included for strings.
    public var range: ConditionRange

    /// Creates a constant.
    public init(_ kind: Kind, range: ConditionRange) {
        self.kind = kind
        self.range = range
    }

    /// The three ways a constant can be written.
    public enum Kind: Sendable, Hashable {
        /// `"text"` (the value without quotes, escapes resolved).
        case string(String)
        /// An unquoted number such as `30`, `-2` or `0.8`, kept as written (`716767891932` must not
        /// lose digits to a `Double`).
        case number(String)
        /// An unquoted word that is not a number, such as `P2H` in the developer guide's samples.
        case bareWord(String)
    }

    /// The constant's value as text: the string without quotes, or the number or word as written.
    public var text: String {
        switch kind {
        case .string(let text), .number(let text), .bareWord(let text): text
        }
    }
}
