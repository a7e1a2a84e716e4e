import Foundation

/// An HTTP answer, fully read: status, headers and body.
///
/// AWS JSON answers are small, so reading them whole keeps the callers simple.
public struct HTTPResponseData: Sendable {
    /// The status code.
    public var status: Int
    /// The headers.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
