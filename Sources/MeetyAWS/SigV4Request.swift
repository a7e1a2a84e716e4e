import Foundation

/// The parts of an HTTP request that Signature Version 4 covers.
///
/// Kept apart from any HTTP client type so the signer can be checked byte for byte against the
/// AWS test-suite vectors, and so the same signer serves whichever transport sends the request.
public struct SigV4Request: Sendable {
    /// The HTTP method, e.g. `POST`.
    public var method: String
    /// The path as decoded text (`/`, `/ሴ`); the signer percent-encodes each segment.
    public var path: String
    /// The raw query string without `?` (`Param2=value2&Param1=value1`), possibly empty.
    public var query: String
    /// The headers to sign, including `Host`; names in any case.
    public var headers: [(name: String, value: String)]
    /// The body bytes, hashed into the signature.
    public var body: Data
    /// The payload hash to sign instead of the body's SHA-256: what a client declared in
    /// `X-Amz-Content-SHA256` (`UNSIGNED-PAYLOAD` for an unsigned body). `nil` hashes `body`.
    public var payloadHash: String?

    /// Creates a request to sign.
    public init(
        method: String, path: String = "/", query: String = "", headers: [(name: String, value: String)],
        body: Data = Data(), payloadHash: String? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.payloadHash = payloadHash
    }
}
