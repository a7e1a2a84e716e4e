/// A position in a source file: 1-based line and column, plus a 0-based scalar offset.
///
/// Lines and columns are what editors and CI annotations expect (`file:line:col`). Columns count
/// Unicode scalars, as libyaml does, so a position computed by the YAML layer and one computed by
/// hand from a line of text agree. The offset is kept for tools that slice the input.
///
/// Stored in 32-bit fields (inputs are at most 32 MiB, so no position comes near the limit): every
/// decoded field of every script carries a span, and a suite of 10,000 scripts holds millions of
/// them, so half the size is a visible share of a run's memory.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    private var storedLine: UInt32
    private var storedColumn: UInt32
    private var storedOffset: UInt32

    /// The 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Self.stored(newValue) }
    }
    /// The 1-based column number, counted in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Self.stored(newValue) }
    }
    /// The 0-based offset from the start of the file, in Unicode scalars (libyaml's mark index).
    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Self.stored(newValue) }
    }

    /// Creates a position from 1-based line and column numbers.
    public init(line: Int, column: Int, offset: Int = 0) {
        storedLine = Self.stored(line)
        storedColumn = Self.stored(column)
        storedOffset = Self.stored(offset)
    }

    /// `value` in a stored field, clamped to 0...UInt32.max (written out rather than with the
    /// generic `init(clamping:)`, which is slow in debug builds, and every YAML event makes two).
    private static func stored(_ value: Int) -> UInt32 {
        if value < 0 { return 0 }
        if value > 0xFFFF_FFFF { return 0xFFFF_FFFF }
        return UInt32(value)
    }

    /// The first position of any file.
    public static let start = SourcePosition(line: 1, column: 1, offset: 0)

    /// Positions are equal when line and column are; the offset is metadata.
    public static func == (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.line == rhs.line && lhs.column == rhs.column
    }

    /// Hashes line and column, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storedLine)
        hasher.combine(storedColumn)
    }

    /// Orders positions by line, then column.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`, the form used in diagnostics.
    public var description: String { "\(line):\(column)" }
}

/// A range in a named source file, from `start` up to (not including) `end`.
///
/// Every YAML node, mapping key and decoded model field carries one, so a diagnostic about any
/// part of a bot or a conversation can point at the exact text the user wrote.
public struct SourceSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file path as the user gave it (or relative to the working directory).
    public var file: String
    /// Where the span begins.
    public var start: SourcePosition
    /// Where the span ends (exclusive).
    public var end: SourcePosition

    /// Creates a span; `end` defaults to `start` for point locations.
    public init(file: String, start: SourcePosition, end: SourcePosition? = nil) {
        self.file = file
        self.start = start
        self.end = end ?? start
    }

    /// A span pointing at the first character of `file`, for file-level problems.
    public static func startOf(_ file: String) -> SourceSpan {
        SourceSpan(file: file, start: .start)
    }

    /// Orders spans by file, then start position.
    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.file, lhs.start.line, lhs.start.column) < (rhs.file, rhs.start.line, rhs.start.column)
    }

    /// `file:line:column`, the prefix of a printed diagnostic.
    public var description: String { "\(file):\(start.line):\(start.column)" }
}
