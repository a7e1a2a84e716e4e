import CodeHooks
import Foundation

/// A Lambda custom runtime (`provided.al2023`) for a code hook: the Runtime API loop.
///
/// Each turn fetches the next event, runs the hook through `CodeHookJSON.invoke` (the same JSON
/// contract the simulator uses), posts the response or an error report, and writes one
/// `InvocationLogLine`. The Runtime API's address is injected, so tests run the loop against a
/// local server.
public struct LambdaRuntime: Sendable {
    /// The Runtime API.
    public let api: RuntimeAPIClient
    /// Where log lines go.
    public let log: any LogSink

    /// Creates a runtime.
    public init(api: RuntimeAPIClient, log: any LogSink = StandardOutputLog()) {
        self.api = api
        self.log = log
    }

    /// The process entry point: connects to `AWS_LAMBDA_RUNTIME_API`, builds the hook with
    /// `makeHook` (an init failure is posted to `/runtime/init/error`), then serves events until
    /// the Runtime API fails.
    /// - Returns: the exit status: 1 after an init failure or a Runtime API failure.
    public static func serve(
        environment: [String: String], log: any LogSink = StandardOutputLog(),
        makeHook: @Sendable () async throws -> any CodeHook
    ) async -> Int32 {
        guard let address = environment["AWS_LAMBDA_RUNTIME_API"], !address.isEmpty else {
            FileHandle.standardError.write(Data("\(LambdaHostConfigurationError.missingRuntimeAPI)\n".utf8))
            return 1
        }
        let api = RuntimeAPIClient(baseURL: "http://\(address)")
        let runtime = LambdaRuntime(api: api, log: log)
        let status = await runtime.start(makeHook: makeHook)
        await api.shutdown()
        return status
    }

    /// Builds the hook and runs the loop; `maximumInvocations` bounds it for tests.
    /// - Returns: 1 after an init failure or a Runtime API failure, 0 when the bound was reached.
    public func start(
        maximumInvocations: Int? = nil, makeHook: @Sendable () async throws -> any CodeHook
    ) async -> Int32 {
        let hook: any CodeHook
        do {
            hook = try await makeHook()
        } catch {
            let report = LambdaErrorReport(
                category: "Runtime.InitError", errorType: Self.typeName(of: error), errorMessage: "\(error)")
            log.write(Self.fatalLine("init_error", report.errorType, report.errorMessage))
            try? await api.reportInitError(report)
            return 1
        }
        do {
            try await run(hook: hook, maximumInvocations: maximumInvocations)
            return 0
        } catch {
            log.write(Self.fatalLine("runtime_api_error", "RuntimeAPIError", error.description))
            return 1
        }
    }

    /// Serves events until `maximumInvocations` have been handled (forever when `nil`).
    /// - Throws: `RuntimeAPIError` when the Runtime API fails; Lambda then replaces the environment.
    public func run(hook: any CodeHook, maximumInvocations: Int? = nil) async throws(RuntimeAPIError) {
        var handled = 0
        while maximumInvocations.map({ handled < $0 }) ?? true {
            let invocation = try await api.next()
            try await handle(invocation, hook: hook)
            handled += 1
        }
    }

    /// Runs the hook on one event and posts the outcome.
    public func handle(_ invocation: LambdaInvocation, hook: any CodeHook) async throws(RuntimeAPIError) {
        let started = ContinuousClock.now
        if let trace = invocation.traceID { setenv("_X_AMZN_TRACE_ID", trace, 1) }
        var line = InvocationLogLine(requestId: invocation.requestID, durationMs: 0, outcome: "success")
        line.describeEvent(invocation.payload)
        var failure: LambdaErrorReport?
        var response: Data?
        do {
            response = try await CodeHookJSON.invoke(hook, eventJSON: invocation.payload)
        } catch let error as CodeHookJSONError {
            let unwritable = error.kind == .unencodable
            line.outcome = unwritable ? "invalid_response" : "invalid_event"
            failure = LambdaErrorReport(
                category: unwritable ? "Runtime.InvalidResponse" : "Runtime.InvalidEvent",
                errorType: "CodeHookJSONError", errorMessage: error.message)
        } catch {
            line.outcome = "hook_error"
            failure = LambdaErrorReport(
                category: "Function.Unhandled", errorType: Self.typeName(of: error), errorMessage: "\(error)")
        }
        if let response {
            line.describeResponse(response)
            if try await !api.respond(to: invocation.requestID, with: response) {
                line.outcome = "response_too_large"
                failure = LambdaErrorReport(
                    category: "Runtime.ResponseTooLarge", errorType: "ResponseTooLarge",
                    errorMessage: "the hook's response of \(response.count) bytes exceeds Lambda's response limit")
            }
        }
        if let failure {
            line.errorType = failure.errorType
            line.errorMessage = failure.errorMessage
            try await api.reportError(failure, for: invocation.requestID)
        }
        line.durationMs = Self.milliseconds(ContinuousClock.now - started)
        log.write(line.rendered())
    }

    /// A duration in milliseconds with microsecond precision, for the log line.
    static func milliseconds(_ duration: Duration) -> Double {
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        return Double(microseconds) / 1000
    }

    /// The Swift type name of an error (`MeetingStoreError`), for `errorType`.
    static func typeName(of error: any Error) -> String {
        String(describing: type(of: error))
    }

    private static func fatalLine(_ outcome: String, _ type: String, _ message: String) -> String {
        var line = InvocationLogLine(requestId: nil, durationMs: 0, outcome: outcome)
        line.type = "runtime"
        line.errorType = type
        line.errorMessage = message
        return line.rendered()
    }
}
