/// Why an invocation produced no usable response. Each is a failed turn for the runner, never a
/// broken run; `message` is the one line to show.
public enum FunctionFault: Error, Hashable, Sendable, CustomStringConvertible {
    /// The handler failed: the runtime posted to `/invocation/{id}/error`.
    case handlerError(FunctionErrorReport)
    /// The runtime could not start the function (`/runtime/init/error`, e.g. an import error).
    case initError(FunctionErrorReport)
    /// The worker of this lease could not start earlier (init error, runtime missing); the full
    /// error was reported on that turn, this carries its one-line summary.
    case initFailedEarlier(summary: String)
    /// The worker process exited or crashed during the invocation (or before it took the event).
    case processExited(ProcessExit, lastStderrLines: [String])
    /// The invocation ran past the function timeout; the worker was killed.
    case timeout(seconds: Double)
    /// The response body is not JSON.
    case responseNotJSON(preview: String)
    /// The response is larger than Lambda's 6 MB limit (the runtime got HTTP 413).
    case responseTooLarge(bytes: Int, limit: Int)
    /// The runtime is missing (e.g. awslambdaric), with the way to install it.
    case runtimeNotInstalled(String)
    /// The worker could not be started at all (no such executable, cannot spawn, ...).
    case startFailed(String)
    /// An Invoke API endpoint answered with something other than a function result.
    case invokeAPIFailed(status: Int, message: String)
    /// The Invoke API could not be reached (connection refused, https without a TLS transport, ...).
    case transportFailed(String)
    /// The host was shut down before the invocation finished.
    case hostShutDown

    /// One line for the failed turn.
    public var message: String {
        switch self {
        case .handlerError(let report):
            return "the handler raised \(report.summary)"
        case .initError(let report):
            return "the hook's init failed with \(report.summary)"
        case .initFailedEarlier(let summary):
            return "the hook's worker did not start, as on an earlier turn: \(summary)"
        case .processExited(let exit, let lines):
            let last = lines.last.map { ": \($0)" } ?? ""
            return "the hook's runtime exited with \(exit)\(last)"
        case .timeout(let seconds):
            return "the hook timed out after \(Self.format(seconds)) s"
        case .responseNotJSON(let preview):
            return "the hook's response is not JSON: \(preview)"
        case .responseTooLarge(let bytes, let limit):
            return "the hook's response is \(bytes) bytes, over Lambda's limit of \(limit) bytes"
        case .runtimeNotInstalled(let text), .startFailed(let text), .transportFailed(let text):
            return text
        case .invokeAPIFailed(let status, let message):
            return "the Invoke API answered HTTP \(status): \(message)"
        case .hostShutDown:
            return "the hook host was shut down during the invocation"
        }
    }

    /// The runtime's own error report, for a handler or init error (else `nil`).
    public var errorReport: FunctionErrorReport? {
        switch self {
        case .handlerError(let report), .initError(let report): report
        default: nil
        }
    }

    /// Whether the worker's process is gone after this fault (so the next use starts a new one).
    public var endsWorker: Bool {
        switch self {
        case .processExited, .timeout, .initError, .responseTooLarge, .runtimeNotInstalled, .startFailed: return true
        default: return false
        }
    }

    /// The message.
    public var description: String { message }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
