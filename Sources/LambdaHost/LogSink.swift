import Foundation

/// Where the runtime writes its log lines.
///
/// Injected so tests can read the lines; in Lambda, `StandardOutputLog` sends each line to
/// CloudWatch Logs as one event.
public protocol LogSink: Sendable {
    /// Writes one line (without its newline).
    func write(_ line: String)
}

/// Writes each line to standard output with a single unbuffered `write`, so a line is never
/// held in a buffer when Lambda freezes the process, and lines never interleave.
public struct StandardOutputLog: LogSink {
    /// Creates the sink.
    public init() {}

    /// Writes `line` and a newline to file descriptor 1.
    public func write(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
