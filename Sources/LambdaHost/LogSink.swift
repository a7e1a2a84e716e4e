/// Where the runtime writes its log lines.
///
/// Injected so tests can read the lines; in Lambda, `StandardOutputLog` sends each line to
/// CloudWatch Logs as one event.
public protocol LogSink: Sendable {
    /// Writes one line (without its newline).
    func write(_ line: String)
}
