import CodeHooks
import Foundation
import LexFacts

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A worker that sends each event to a Lambda Invoke API endpoint
/// (`POST /2015-03-31/functions/NAME/invocations`) and classifies the answer as Lambda and the
/// Runtime Interface Emulator give it (reference §2): `X-Amz-Function-Error` or an error body for a
/// handler error, the emulator's `Task timed out after N.00 seconds`, 502 `Runtime.ExitError` for a
/// crash, 502 with an init error body, 502 with no body for a runtime that could not start.
///
/// The function's clock cannot be set from here, and its logs arrive only where the endpoint sends
/// `X-Amz-Log-Result` (real Lambda with `X-Amz-Log-Type: Tail`; not the emulator).
actor InvokeAPIWorker: FunctionWorker {
    private let url: URL?
    private let urlText: String
    private let transport: any InvokeTransport
    private let timeout: Duration
    private let timeoutSeconds: Double

    init(url: String, transport: any InvokeTransport, timeout: Duration, timeoutSeconds: Double) {
        self.urlText = url
        self.url = URL(string: url)
        self.transport = transport
        self.timeout = timeout
        self.timeoutSeconds = timeoutSeconds
    }

    var processID: pid_t? { nil }

    func leaseEnded() {}

    func retire() async {}

    func stop() async {}

    func invoke(_ event: Data, now: LocalDateTime, requestID: String) async -> FunctionInvocation {
        let clock = ContinuousClock()
        let started = clock.now
        guard let url, url.host != nil else {
            return FunctionInvocation(
                requestID: requestID, result: .failure(.startFailed("not an Invoke API URL: \(urlText)")), log: "",
                duration: .zero)
        }
        let answer: HTTPAnswer
        do {
            // The endpoint enforces the function timeout itself; the margin covers its cold start.
            answer = try await transport.post(
                url: url,
                headers: [("Content-Type", "application/json"), ("X-Amz-Log-Type", "Tail")],
                body: event, timeout: timeout + .seconds(15))
        } catch {
            return FunctionInvocation(
                requestID: requestID, result: .failure(.transportFailed("\(error)")), log: "",
                duration: clock.now - started)
        }
        let log =
            answer.header("X-Amz-Log-Result").flatMap { Data(base64Encoded: $0) }
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        return FunctionInvocation(
            requestID: answer.header("X-Amzn-RequestId") ?? requestID, result: Self.classify(answer),
            log: log, duration: clock.now - started)
    }

    /// The result an Invoke API answer stands for.
    static func classify(_ answer: HTTPAnswer) -> Result<Data, FunctionFault> {
        let body = answer.body
        let text = String(decoding: body.prefix(300), as: UTF8.self)
        let object = (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) as? [String: Any]
        let errorType = object?["errorType"] as? String
        let report = FunctionErrorReport(body: body, errorTypeHeader: nil)
        if let timedOut = timedOutSeconds(text) { return .failure(.timeout(seconds: timedOut)) }
        switch answer.status {
        case 200:
            if errorType == "Function.ResponseSizeTooLarge" {
                return .failure(
                    .responseTooLarge(
                        bytes: RuntimeAPIServer.maximumPayloadBytes + 1, limit: RuntimeAPIServer.maximumPayloadBytes))
            }
            // Real Lambda flags function errors with a header; the emulator only sends the error body.
            if answer.header("X-Amz-Function-Error") != nil || isErrorObject(object) {
                return .failure(.handlerError(report))
            }
            guard (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) != nil else {
                return .failure(.responseNotJSON(preview: String(text.prefix(80))))
            }
            return .success(body)
        case 502 where body.isEmpty:
            return .failure(.startFailed("the Invoke API could not start the function's runtime (HTTP 502, no body)"))
        case 502 where errorType == "Runtime.ExitError":
            return .failure(.processExited(exitStatus(report.errorMessage), lastStderrLines: [report.errorMessage]))
        case 502 where errorType != nil:
            return .failure(.initError(report))
        case 404:
            return .failure(
                .invokeAPIFailed(status: 404, message: "no such function (the emulator serves only 'function')"))
        default:
            return .failure(.invokeAPIFailed(status: answer.status, message: text.isEmpty ? "(no body)" : text))
        }
    }

    /// `Task timed out after 2.00 seconds` → 2.
    private static func timedOutSeconds(_ text: String) -> Double? {
        guard let range = text.range(of: "Task timed out after ") else { return nil }
        let number = text[range.upperBound...].prefix { $0.isNumber || $0 == "." }
        return Double(number)
    }

    /// An object with only Lambda's error keys.
    private static func isErrorObject(_ object: [String: Any]?) -> Bool {
        guard let object, object["errorType"] is String || object["errorMessage"] is String else { return false }
        let errorKeys: Set<String> = ["errorType", "errorMessage", "stackTrace", "trace", "requestId", "cause"]
        return Set(object.keys).isSubset(of: errorKeys)
    }

    /// `... Runtime exited with error: exit status 3` → `.exited(3)`; `signal: killed` → SIGKILL.
    private static func exitStatus(_ message: String) -> ProcessExit {
        if let range = message.range(of: "exit status ") {
            return .exited(Int32(message[range.upperBound...].prefix { $0.isNumber }) ?? -1)
        }
        if message.contains("signal: killed") { return .signaled(9) }
        if message.contains("signal: segmentation fault") { return .signaled(11) }
        return .exited(-1)
    }
}
