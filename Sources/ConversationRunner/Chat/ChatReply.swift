/// What the chat prints in answer to one line of input, and whether the chat ends.
///
/// The session returns lines instead of printing them, so tests can drive a chat in memory and
/// the command alone decides where output goes.
public struct ChatReply: Sendable, Equatable {
    /// One line of output.
    public enum Line: Sendable, Equatable {
        /// A line for standard output: replies, state, listings.
        case out(String)
        /// A line for standard error: errors and problems.
        case err(String)
    }

    /// The lines, in order.
    public var lines: [Line] = []
    /// Whether the chat ends after this reply (`:quit`).
    public var quit = false

    /// Creates a reply.
    public init(lines: [Line] = [], quit: Bool = false) {
        self.lines = lines
        self.quit = quit
    }

    /// The standard-output lines, joined with newlines (for tests and messages).
    public var outText: String {
        lines.compactMap { line in
            if case .out(let text) = line { return text }
            return nil
        }.joined(separator: "\n")
    }

    /// The standard-error lines, joined with newlines.
    public var errText: String {
        lines.compactMap { line in
            if case .err(let text) = line { return text }
            return nil
        }.joined(separator: "\n")
    }
}
