import Foundation

/// An HTTP request as the AWS clients build it, independent of the HTTP library that sends it.
///
/// The seam between signing/retrying logic and the network: tests substitute a scripted
/// `HTTPTransport` and inspect these values.
public struct HTTPRequestData: Sendable {
    /// The method, e.g. `POST`.
    public var method: String
    /// The absolute URL.
    public var url: URL
    /// The headers in sending order.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: Data

    /// Creates a request.
    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
