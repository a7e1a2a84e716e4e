/// A DynamoDB call that did not succeed, with what DynamoDB said.
///
/// Service errors keep DynamoDB's `__type` (shortened to the part after `#`, e.g.
/// `ConditionalCheckFailedException`) and message, so callers can branch on the type and
/// operators see the service's own words.
public enum DynamoDBError: Error, Sendable, Equatable, CustomStringConvertible {
    /// DynamoDB answered with an error document.
    case service(type: String, message: String, status: Int, cancellationReasons: [String])
    /// No answer: connection refused or reset, timeout, DNS failure.
    case transport(String)
    /// An answer that is not the JSON DynamoDB sends.
    case invalidResponse(status: Int, body: String)

    /// The error types DynamoDB asks clients to retry with backoff.
    public static let throttlingTypes: Set<String> = [
        "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded",
    ]

    /// The short error type (`TransactionCanceledException`), or `Transport`/`InvalidResponse`.
    public var type: String {
        switch self {
        case .service(let type, _, _, _): type
        case .transport: "Transport"
        case .invalidResponse: "InvalidResponse"
        }
    }

    /// The message DynamoDB gave, or what went wrong on the way.
    public var message: String {
        switch self {
        case .service(_, let message, _, _): message
        case .transport(let message): message
        case .invalidResponse(let status, let body): "HTTP \(status) with an unreadable body: \(body.prefix(200))"
        }
    }

    /// For `TransactionCanceledException`: one code per action of the transaction, in order
    /// (`None`, `ConditionalCheckFailed`, `TransactionConflict`, ...); empty otherwise.
    public var cancellationReasons: [String] {
        if case .service(_, _, _, let reasons) = self { return reasons }
        return []
    }

    /// Whether retrying the same request may succeed: throttling, 5xx answers, and
    /// `TransactionInProgressException` (a retried transaction whose first try, with the same
    /// `ClientRequestToken`, is still running: the retry then returns that try's outcome).
    public var isRetryable: Bool {
        switch self {
        case .service(let type, _, let status, _):
            Self.throttlingTypes.contains(type) || type == "TransactionInProgressException" || status >= 500
        case .transport: false
        case .invalidResponse(let status, _): status >= 500
        }
    }

    /// `Type: message`.
    public var description: String { "\(type): \(message)" }
}
