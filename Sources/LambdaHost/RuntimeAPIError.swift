/// The Runtime API itself failed: the runtime cannot go on and exits, and Lambda starts a new
/// execution environment.
public enum RuntimeAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No answer from the Runtime API.
    case unreachable(String)
    /// An answer with an unexpected status (`500` means "non-recoverable state, exit").
    case unexpectedStatus(path: String, status: Int, body: String)
    /// `next` answered without the request id header.
    case missingRequestID

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .unreachable(let reason):
            "the Lambda Runtime API cannot be reached: \(reason)"
        case .unexpectedStatus(let path, let status, let body):
            "the Lambda Runtime API answered \(path) with HTTP \(status): \(body.prefix(300))"
        case .missingRequestID:
            "the Lambda Runtime API sent an invocation without Lambda-Runtime-Aws-Request-Id"
        }
    }
}
