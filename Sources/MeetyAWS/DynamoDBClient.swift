import Foundation

/// A client for the DynamoDB JSON API (`application/x-amz-json-1.0`, `X-Amz-Target:
/// DynamoDB_20120810.<Operation>`), signed with SigV4.
///
/// Throttling (`ProvisionedThroughputExceededException`, `ThrottlingException`,
/// `RequestLimitExceeded`) and 5xx answers are retried with capped, jittered exponential
/// backoff; every other error surfaces at once as a `DynamoDBError` carrying DynamoDB's `__type`
/// and message. Time, jitter and waiting are injected, so a test can replay a retry schedule
/// exactly.
public struct DynamoDBClient: Sendable {
    /// Region, credentials and endpoint.
    public let configuration: AWSConfiguration
    /// Sends the requests.
    public let transport: any HTTPTransport
    /// The signing time.
    public let clock: any AWSClock
    /// When to retry.
    public let retryPolicy: RetryPolicy
    /// Jitter for the backoff.
    public let random: any RandomSource
    /// How backoff waits.
    public let sleeper: any Sleeper
    /// How long one attempt may take.
    public let requestTimeout: Duration

    /// Creates a client; the defaults are the production ones.
    public init(
        configuration: AWSConfiguration,
        transport: any HTTPTransport = AsyncHTTPClientTransport(),
        clock: any AWSClock = SystemAWSClock(),
        retryPolicy: RetryPolicy = .standard,
        random: any RandomSource = SystemRandomSource(),
        sleeper: any Sleeper = TaskSleeper(),
        requestTimeout: Duration = .seconds(5)
    ) {
        self.configuration = configuration
        self.transport = transport
        self.clock = clock
        self.retryPolicy = retryPolicy
        self.random = random
        self.sleeper = sleeper
        self.requestTimeout = requestTimeout
    }

    /// The API version prefix of `X-Amz-Target`.
    public static let targetPrefix = "DynamoDB_20120810."

    /// Calls `operation` (e.g. `GetItem`) with `input` and returns the answer document.
    /// - Throws: `DynamoDBError`: the last error after retries for retryable ones, else the first.
    public func send(_ operation: String, _ input: AWSJSON) async throws(DynamoDBError) -> AWSJSON {
        let body = input.encoded()
        var attempt = 1
        while true {
            do {
                return try await attemptOnce(operation, body: body)
            } catch {
                guard error.isRetryable, attempt < retryPolicy.maximumAttempts else { throw error }
                let wait = retryPolicy.delay(beforeRetry: attempt, unit: random.nextUnit())
                do {
                    try await sleeper.sleep(for: wait)
                } catch {
                    throw .transport("cancelled while waiting to retry \(operation)")
                }
                attempt += 1
            }
        }
    }

    /// The signed HTTP request for one call, as of the clock's current time.
    public func request(_ operation: String, body: Data) -> HTTPRequestData {
        let url = configuration.endpoint(forService: "dynamodb")
        var host = url.host ?? ""
        if host.contains(":") { host = "[\(host)]" }
        if let port = url.port { host += ":\(port)" }
        let headers = [
            (name: "Host", value: host),
            (name: "Content-Type", value: "application/x-amz-json-1.0"),
            (name: "X-Amz-Target", value: Self.targetPrefix + operation),
        ]
        let signer = SigV4Signer(
            credentials: configuration.credentials, region: configuration.region, service: "dynamodb")
        let signature = signer.sign(SigV4Request(method: "POST", headers: headers, body: body), at: clock.now())
        let target = URL(string: "/", relativeTo: url)?.absoluteURL ?? url
        return HTTPRequestData(method: "POST", url: target, headers: headers + signature.headers, body: body)
    }

    private func attemptOnce(_ operation: String, body: Data) async throws(DynamoDBError) -> AWSJSON {
        let response: HTTPResponseData
        do {
            response = try await transport.send(request(operation, body: body), timeout: requestTimeout)
        } catch {
            throw .transport(
                "\(operation) to \(configuration.endpoint(forService: "dynamodb").absoluteString) failed: \(error)")
        }
        let document = AWSJSON.decode(response.body)
        if (200..<300).contains(response.status), let document {
            return document
        }
        guard let document, let rawType = document["__type"]?.stringValue else {
            throw .invalidResponse(status: response.status, body: String(decoding: response.body, as: UTF8.self))
        }
        let type = rawType.split(separator: "#").last.map(String.init) ?? rawType
        let message = document["message"]?.stringValue ?? document["Message"]?.stringValue ?? ""
        let reasons = (document["CancellationReasons"]?.arrayValue ?? []).map { $0["Code"]?.stringValue ?? "None" }
        throw .service(type: type, message: message, status: response.status, cancellationReasons: reasons)
    }
}

extension DynamoDBClient {
    /// A `ClientRequestToken` for a `TransactWriteItems` input: the first 32 hex digits of the
    /// SHA-256 of its bytes. A retry of the very same transaction (after a 5xx whose outcome is
    /// unknown) then cannot apply twice, and a different transaction never reuses a token.
    public static func idempotencyToken(for input: AWSJSON) -> String {
        String(SigV4Signer.hexSHA256(input.encoded()).prefix(32))
    }
}
