import MeetyDiagnostics

/// A stretch of a condition's text, counted in Unicode scalars from the start of the expression.
///
/// Conditions live inside other files (a bot's YAML, an export's `Intent.json`), so every position
/// the parser reports is relative to the expression: the caller adds the expression's own place in
/// its file to get `file:line:col` (see `span(in:expressionStart:)`). Scalars are counted because
/// `SourcePosition` columns count scalars too.
public struct ConditionRange: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The offset of the first scalar, 0-based.
    public var lowerBound: Int
    /// The offset just past the last scalar.
    public var upperBound: Int

    /// Creates a range from 0-based scalar offsets.
    public init(_ lowerBound: Int, _ upperBound: Int) {
        self.lowerBound = lowerBound
        self.upperBound = max(lowerBound, upperBound)
    }

    /// The 1-based column of the first scalar inside the expression, as editors count.
    public var column: Int { lowerBound + 1 }

    /// How many scalars the range covers.
    public var length: Int { upperBound - lowerBound }

    /// The smallest range that covers both.
    public func union(_ other: ConditionRange) -> ConditionRange {
        ConditionRange(min(lowerBound, other.lowerBound), max(upperBound, other.upperBound))
    }

    /// The range in a file, for an expression written on one line starting at `expressionStart`
    /// (the position of the expression's first scalar, after any opening quote).
    public func span(in file: String, expressionStart: SourcePosition) -> SourceSpan {
        let start = SourcePosition(
            line: expressionStart.line,
            column: expressionStart.column + lowerBound,
            offset: expressionStart.offset + lowerBound
        )
        let end = SourcePosition(
            line: expressionStart.line,
            column: expressionStart.column + upperBound,
            offset: expressionStart.offset + upperBound
        )
        return SourceSpan(file: file, start: start, end: end)
    }

    /// Orders ranges by start, then end.
    public static func < (lhs: ConditionRange, rhs: ConditionRange) -> Bool {
        (lhs.lowerBound, lhs.upperBound) < (rhs.lowerBound, rhs.upperBound)
    }

    /// `col N` (1-based), or `cols N-M` for a longer range, as messages print it.
    public var description: String {
        length <= 1 ? "col \(column)" : "cols \(column)-\(upperBound)"
    }
}
