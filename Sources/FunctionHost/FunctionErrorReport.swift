import Foundation

/// An error a runtime reported on `/invocation/{id}/error` or `/runtime/init/error`: Lambda's
/// `errorType`, `errorMessage` and `stackTrace`.
public struct FunctionErrorReport: Hashable, Sendable {
    /// `errorType` of the body, else the `Lambda-Runtime-Function-Error-Type` header, else `Unknown`.
    public var errorType: String
    /// `errorMessage`, empty when absent.
    public var errorMessage: String
    /// `stackTrace` (awslambdaric) or `trace` (Node's client), one entry per line.
    public var stackTrace: [String]

    /// Creates a report.
    public init(errorType: String, errorMessage: String, stackTrace: [String] = []) {
        self.errorType = errorType
        self.errorMessage = errorMessage
        self.stackTrace = stackTrace
    }

    /// Reads a posted error body. Any body is accepted (awslambdaric adds `requestId`, and a runtime
    /// may send plain text): what cannot be read becomes the message.
    public init(body: Data, errorTypeHeader: String?) {
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        let type = object?["errorType"] as? String
        let message = object?["errorMessage"] as? String
        let trace = (object?["stackTrace"] ?? object?["trace"]) as? [Any] ?? []
        self.errorType = type ?? errorTypeHeader ?? "Unknown"
        self.errorMessage = message ?? (object == nil ? String(decoding: body.prefix(500), as: UTF8.self) : "")
        self.stackTrace = trace.map { entry in
            if let line = entry as? String { return line }
            // Python's older traceback lists are [file, line, function, text] arrays.
            if let parts = entry as? [Any] { return parts.map { "\($0)" }.joined(separator: " ") }
            return "\(entry)"
        }
    }

    /// The report as Lambda hands it to the caller, one field per line (`errorType: …`, `errorMessage:
    /// …`, `stackTrace:` and its frames indented), for the log of the failed turn. The one-line message
    /// of the fault leaves the trace out, and a custom runtime need not print it, so this is where it is
    /// shown.
    public var logText: String {
        var text = "errorType: \(errorType)\nerrorMessage: \(errorMessage)\n"
        if !stackTrace.isEmpty {
            text += "stackTrace:\n"
            for frame in stackTrace {
                for line in frame.split(whereSeparator: \.isNewline) { text += "  \(line)\n" }
            }
        }
        return text
    }

    /// `errorType: errorMessage` on one line.
    public var summary: String {
        let message = errorMessage.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return message.isEmpty ? errorType : "\(errorType): \(message)"
    }
}

/// How a worker process ended.
public enum ProcessExit: Hashable, Sendable, CustomStringConvertible {
    /// It exited with this status.
    case exited(Int32)
    /// A signal ended it.
    case signaled(Int32)

    /// `exit status 3`, `signal 9 (SIGKILL)`.
    public var description: String {
        switch self {
        case .exited(let status): return "exit status \(status)"
        case .signaled(let signal):
            let names: [Int32: String] = [
                1: "SIGHUP", 2: "SIGINT", 6: "SIGABRT", 9: "SIGKILL", 11: "SIGSEGV", 13: "SIGPIPE", 15: "SIGTERM",
            ]
            return names[signal].map { "signal \(signal) (\($0))" } ?? "signal \(signal)"
        }
    }
}
