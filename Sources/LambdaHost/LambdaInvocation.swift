import Foundation

/// One event handed out by the Runtime API's `GET /runtime/invocation/next`.
public struct LambdaInvocation: Sendable, Equatable {
    /// `Lambda-Runtime-Aws-Request-Id`: names the invocation in the response or error URL and
    /// in the log line.
    public var requestID: String
    /// `Lambda-Runtime-Deadline-Ms`: when Lambda stops the function, in Unix milliseconds.
    public var deadlineMilliseconds: Int64?
    /// `Lambda-Runtime-Invoked-Function-Arn`.
    public var invokedFunctionARN: String?
    /// `Lambda-Runtime-Trace-Id`: the X-Ray trace header, exported as `_X_AMZN_TRACE_ID`.
    public var traceID: String?
    /// The event: for MeetyBot, a Lex V2 code hook event.
    public var payload: Data

    /// Creates an invocation.
    public init(
        requestID: String, deadlineMilliseconds: Int64? = nil, invokedFunctionARN: String? = nil,
        traceID: String? = nil, payload: Data
    ) {
        self.requestID = requestID
        self.deadlineMilliseconds = deadlineMilliseconds
        self.invokedFunctionARN = invokedFunctionARN
        self.traceID = traceID
        self.payload = payload
    }
}
