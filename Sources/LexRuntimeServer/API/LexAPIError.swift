/// An error answer of the Lex V2 runtime API: an HTTP status, the `x-amzn-ErrorType` name SDKs map
/// to their typed exceptions (`client.exceptions.ValidationException` in boto3), and a message.
public struct LexAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error types the server answers with, and their HTTP statuses.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// 400: the request breaks a constraint of the API (text too long, bad session id, malformed JSON).
        case validation = "ValidationException"
        /// 404: no such bot, alias, locale or session.
        case resourceNotFound = "ResourceNotFoundException"
        /// 424: the code hook failed, timed out or answered against the Lex V2 contract.
        case dependencyFailed = "DependencyFailedException"
        /// 502: reserved for faults of the server's own machinery between it and a hook.
        case badGateway = "BadGatewayException"
        /// 500: a fault of the server itself.
        case internalServer = "InternalServerException"
        /// 403: the request is not signed with the credentials the server checks against.
        case unrecognizedClient = "UnrecognizedClientException"
        /// 403: the request's signature does not match.
        case invalidSignature = "InvalidSignatureException"
        /// 403: a browser's CORS preflight from an origin `--allow-origin` does not list.
        case accessDenied = "AccessDeniedException"
        /// 404: no operation of the API has this path.
        case unknownOperation = "UnknownOperationException"
        /// 405: the path is an operation's, but not for this method.
        case methodNotAllowed = "MethodNotAllowedException"
        /// 413: the body is larger than the server accepts.
        case requestTooLarge = "RequestEntityTooLargeException"
        /// 408: the request did not arrive in time.
        case requestTimeout = "RequestTimeoutException"

        /// The HTTP status of the answer.
        public var status: Int {
            switch self {
            case .validation: 400
            case .resourceNotFound, .unknownOperation: 404
            case .dependencyFailed: 424
            case .badGateway: 502
            case .internalServer: 500
            case .unrecognizedClient, .invalidSignature, .accessDenied: 403
            case .methodNotAllowed: 405
            case .requestTooLarge: 413
            case .requestTimeout: 408
            }
        }
    }

    /// What kind of error.
    public var kind: Kind
    /// The message, for the JSON body's `message`.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `Kind: message`.
    public var description: String { "\(kind.rawValue): \(message)" }
}
