/// Sends one HTTP request and reads the whole answer.
///
/// A protocol so the DynamoDB client and the Lambda host can be tested without sockets and so
/// the HTTP library stays a replaceable detail; production uses `AsyncHTTPClientTransport`.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and waits at most `timeout` for the whole answer (`nil`: no limit, for
    /// long polls such as the Lambda Runtime API's `next`).
    /// - Throws: when no answer arrives (connection refused, reset, timeout).
    func send(_ request: HTTPRequestData, timeout: Duration?) async throws -> HTTPResponseData
}
