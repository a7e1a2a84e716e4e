import Foundation

/// One event handed to a runtime on `GET /2018-06-01/runtime/invocation/next`, with the values of
/// its `Lambda-Runtime-*` headers.
public struct RuntimeAPIEvent: Sendable {
    /// `Lambda-Runtime-Aws-Request-Id`: also the `{id}` of the response and error paths.
    public var requestID: String
    /// The event bytes (the body of `/next`).
    public var payload: Data
    /// `Lambda-Runtime-Deadline-Ms`: Unix milliseconds in the hook's clock.
    public var deadlineMilliseconds: Int64
    /// `Lambda-Runtime-Invoked-Function-Arn`.
    public var invokedFunctionARN: String
    /// `Lambda-Runtime-Trace-Id`, sent when present.
    public var traceID: String?

    /// Creates an event.
    public init(
        requestID: String, payload: Data, deadlineMilliseconds: Int64, invokedFunctionARN: String,
        traceID: String? = nil
    ) {
        self.requestID = requestID
        self.payload = payload
        self.deadlineMilliseconds = deadlineMilliseconds
        self.invokedFunctionARN = invokedFunctionARN
        self.traceID = traceID
    }

    /// The `/next` response headers, in the order Lambda documents them.
    var headers: [(String, String)] {
        var headers = [
            ("Lambda-Runtime-Aws-Request-Id", requestID),
            ("Lambda-Runtime-Deadline-Ms", String(deadlineMilliseconds)),
            ("Lambda-Runtime-Invoked-Function-Arn", invokedFunctionARN),
        ]
        if let traceID { headers.append(("Lambda-Runtime-Trace-Id", traceID)) }
        headers.append(("Content-Type", "application/json"))
        return headers
    }
}

/// How the runtime answered one event.
public enum RuntimeAPIOutcome: Sendable, Equatable {
    /// `POST /invocation/{id}/response` with this body.
    case response(Data)
    /// `POST /invocation/{id}/error`.
    case error(FunctionErrorReport)
    /// `POST /runtime/init/error`, before or while the event was pending.
    case initError(FunctionErrorReport)
    /// A response over the payload limit: the runtime got HTTP 413.
    case responseTooLarge(bytes: Int)
}
