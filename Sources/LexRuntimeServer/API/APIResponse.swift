/// One HTTP answer of the API.
public struct APIResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields to send besides `Content-Length`.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]
    /// The session the request named, for the request log.
    public var sessionId: String?
    /// The error answered, for the request log.
    public var error: LexAPIError?

    /// Creates a response.
    public init(
        status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = [], sessionId: String? = nil,
        error: LexAPIError? = nil
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.sessionId = sessionId
        self.error = error
    }

    /// The first value of the header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
