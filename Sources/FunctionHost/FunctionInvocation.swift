import Foundation

/// The result of one invocation: the response bytes or a fault, the output the hook printed while
/// it ran (like its CloudWatch log lines), and how long it took.
public struct FunctionInvocation: Sendable {
    /// The request id sent as `Lambda-Runtime-Aws-Request-Id`.
    public var requestID: String
    /// The response JSON, or why there is none.
    public var result: Result<Data, FunctionFault>
    /// Everything the worker wrote to stdout and stderr during this invocation (and, on the call
    /// that started the worker, during its init), in arrival order.
    public var log: String
    /// From handing out the event on `/next` to the runtime's answer (or the fault).
    public var duration: Duration
    /// From starting the worker to its first `/next`, when this call started it (a cold start).
    public var initDuration: Duration?

    /// Creates an invocation result.
    public init(
        requestID: String, result: Result<Data, FunctionFault>, log: String, duration: Duration,
        initDuration: Duration? = nil
    ) {
        self.requestID = requestID
        self.result = result
        self.log = log
        self.duration = duration
        self.initDuration = initDuration
    }

    /// The fault, if the invocation failed.
    public var fault: FunctionFault? {
        if case .failure(let fault) = result { return fault }
        return nil
    }

    /// The response, if the invocation succeeded.
    public var response: Data? {
        if case .success(let data) = result { return data }
        return nil
    }
}
