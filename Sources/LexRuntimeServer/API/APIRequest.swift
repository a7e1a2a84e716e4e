/// One HTTP request as the API sees it, independent of the HTTP stack that received it.
public struct APIRequest: Sendable {
    /// The method, e.g. `POST`.
    public var method: String
    /// The request target as sent (path and query, percent-encoded).
    public var target: String
    /// The header fields in the order received; names in any case.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, target: String, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
    }

    /// The path part of the target (before `?`), still percent-encoded.
    public var path: String {
        guard let question = target.firstIndex(of: "?") else { return target }
        return String(target[..<question])
    }

    /// The query part of the target (after `?`), empty without one.
    public var query: String {
        guard let question = target.firstIndex(of: "?") else { return "" }
        return String(target[target.index(after: question)...])
    }

    /// The first value of the header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
