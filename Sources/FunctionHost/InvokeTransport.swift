import Foundation

/// Sends one Lambda Invoke API request. Pluggable so that a TLS-capable client (AsyncHTTPClient)
/// can serve `https` endpoints; the built-in `LoopbackHTTPTransport` speaks plain `http` only, so the
/// main build needs no TLS library.
public protocol InvokeTransport: Sendable {
    /// Posts `body` to `url` with `headers` and returns the answer.
    /// - Throws: When no answer arrives within `timeout` or the endpoint cannot be reached.
    func post(url: URL, headers: [(String, String)], body: Data, timeout: Duration) async throws -> HTTPAnswer
}

/// Plain-HTTP transport over NIO (`HTTPExchange`).
public struct LoopbackHTTPTransport: InvokeTransport {
    /// Creates the transport.
    public init() {}

    /// Posts over `http`; `https` URLs are refused with a message saying what is needed.
    public func post(url: URL, headers: [(String, String)], body: Data, timeout: Duration) async throws
        -> HTTPAnswer
    {
        guard url.scheme?.lowercased() == "http" else {
            throw InvokeTransportError(
                description:
                    "https needs a TLS transport: the built-in Invoke API client speaks plain http only "
                    + "(use http:// for a local emulator, or plug an InvokeTransport that does TLS)")
        }
        guard let host = url.host else { throw InvokeTransportError(description: "no host in \(url.absoluteString)") }
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        do {
            return try await HTTPExchange.send(
                method: "POST", host: host, port: url.port ?? 80, path: path, headers: headers, body: body,
                timeout: timeout)
        } catch let failure as HTTPExchange.Failure {
            throw InvokeTransportError(description: failure.description)
        }
    }
}

/// An Invoke API request could not be sent or answered.
public struct InvokeTransportError: Error, CustomStringConvertible, Sendable {
    /// One line saying what went wrong.
    public var description: String

    /// Creates an error.
    public init(description: String) {
        self.description = description
    }
}
