import CodeHooks
import Foundation
import LexFacts

/// A `CodeHook` that runs a foreign function through a lease: it encodes each event with
/// `CodeHookJSON`, invokes the worker with the script's clock, and decodes the response.
///
/// A fault, or a response that is not a Lex response, throws `FunctionHookError`, which carries
/// the one-line message and the hook's output for the failed turn. `observer` sees every
/// invocation (also successful ones), so a runner can keep the logs for its reports.
public struct FunctionCodeHook: CodeHook {
    /// Called with each invocation's result, logs and timings.
    public typealias Observer = @Sendable (FunctionInvocation) -> Void

    private let lease: FunctionLease
    private let clock: any WallClock
    private let observer: Observer?

    /// Creates a hook over `lease`; `clock` is the script's clock (its `now` reaches the hook).
    public init(lease: FunctionLease, clock: any WallClock, observer: Observer? = nil) {
        self.lease = lease
        self.clock = clock
        self.observer = observer
    }

    /// Runs the function on the event.
    /// - Throws: `FunctionHookError` for a fault or an unreadable response; `CodeHookJSONError` for
    ///   an event that cannot be written.
    public func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        let payload = try CodeHookJSON.encode(event)
        let invocation = await lease.invoke(payload, now: clock.now())
        observer?(invocation)
        switch invocation.result {
        case .failure(let fault):
            throw FunctionHookError(
                message: fault.message, fault: fault, log: invocation.log,
                requestID: invocation.requestID)
        case .success(let body):
            do {
                return try CodeHookJSON.decodeResponse(body)
            } catch {
                throw FunctionHookError(
                    message: "the hook's response is not a Lex V2 response: \(error.message)", fault: nil,
                    log: invocation.log, requestID: invocation.requestID)
            }
        }
    }
}

/// A foreign hook's failed invocation, for the runner to show as a failed turn with the hook's
/// output under it.
public struct FunctionHookError: CodeHookFailure, Sendable {
    /// One line: what went wrong.
    public var message: String
    /// The host's fault, or nil when the response arrived but is not a Lex response.
    public var fault: FunctionFault?
    /// What the hook printed during the invocation.
    public var log: String
    /// The invocation's request id.
    public var requestID: String

    /// Creates an error.
    public init(message: String, fault: FunctionFault?, log: String, requestID: String) {
        self.message = message
        self.fault = fault
        self.log = log
        self.requestID = requestID
    }

    /// The message.
    public var description: String { message }
}
