import MeetyDiagnostics
import YAMLNode

/// Where the characters of a YAML scalar's value were written, so a position inside a value (a
/// column inside a condition, the slot name in `ElicitSlot MeetingTme`) can be reported at the
/// `file:line:col` the author sees.
///
/// A scalar's span starts at its first character as written, which for a quoted scalar is the
/// opening quote, and quoting can make the source longer than the value (`''` in single quotes,
/// `\"` and `\\` in double quotes). For a value written on one line the layout is exact: it knows
/// the column of the value's first character and where each two-character escape sits, and checks
/// that against the scalar's span. Anything else (a value folded over several lines, a block scalar,
/// an escape it cannot reconstruct) is not exact, and positions fall back to the value's start;
/// callers then name the column inside the value in their message.
public struct ScalarLayout: Sendable, Hashable {
    /// The file the scalar is in.
    public var file: String
    /// The position of the value's first character (after an opening quote).
    public var start: SourcePosition
    /// Value offsets (in Unicode scalars) whose character takes two characters in the source, sorted.
    public var widenedOffsets: [Int]
    /// True when every position inside the value maps to its exact place in the file.
    public var isExact: Bool

    /// The layout of `scalar`.
    public init(_ scalar: YAMLScalar) {
        file = scalar.span.file
        let span = scalar.span
        let count = scalar.value.unicodeScalars.count
        let oneLine = span.start.line == span.end.line
        switch scalar.style {
        case .plain:
            start = span.start
            widenedOffsets = []
            isExact = oneLine && span.end.column - span.start.column == count
        case .singleQuoted, .doubleQuoted:
            let escaped: Set<Unicode.Scalar> = scalar.style == .singleQuoted ? ["'"] : ["\"", "\\"]
            var start = span.start
            start.column += 1
            start.offset += 1
            self.start = start
            widenedOffsets = scalar.value.unicodeScalars.enumerated().compactMap { escaped.contains($1) ? $0 : nil }
            isExact = oneLine && span.end.column - span.start.column == count + widenedOffsets.count + 2
        case .literal, .folded:
            start = span.start
            widenedOffsets = []
            isExact = false
        }
        if !isExact { widenedOffsets = [] }
    }

    /// A layout for text written exactly as its value, starting at `start` (tests and values built in code).
    public init(file: String, start: SourcePosition) {
        self.file = file
        self.start = start
        widenedOffsets = []
        isExact = true
    }

    /// The position of the value's character at `offset` (or just past the end), or the value's
    /// start when the layout is not exact.
    public func position(at offset: Int) -> SourcePosition {
        guard isExact else { return start }
        let widened = widenedOffsets.prefix { $0 < offset }.count
        var position = start
        position.column += offset + widened
        position.offset += offset + widened
        return position
    }

    /// The span of the value's characters `lower..<upper`.
    public func span(_ lower: Int, _ upper: Int) -> SourceSpan {
        SourceSpan(file: file, start: position(at: lower), end: position(at: max(lower, upper)))
    }
}
