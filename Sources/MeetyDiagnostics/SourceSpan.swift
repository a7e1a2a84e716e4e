/// A position in a source file: 1-based line and column, plus a 0-based scalar offset.
///
/// Lines and columns are what editors and CI annotations expect (`file:line:col`). Columns count
/// Unicode scalars, as libyaml does, so a position computed by the YAML layer and one computed by
/// hand from a line of text agree. The offset is kept for tools that slice the input.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column number, counted in Unicode scalars.
    public var column: Int
    /// The 0-based offset from the start of the file, in Unicode scalars (libyaml's mark index).
    public var offset: Int

    /// Creates a position from 1-based line and column numbers.
    public init(line: Int, column: Int, offset: Int = 0) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The first position of any file.
    public static let start = SourcePosition(line: 1, column: 1, offset: 0)

    /// Positions are equal when line and column are; the offset is metadata.
    public static func == (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.line == rhs.line && lhs.column == rhs.column
    }

    /// Hashes line and column, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(column)
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
