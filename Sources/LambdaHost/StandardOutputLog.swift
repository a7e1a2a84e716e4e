import Foundation

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
