import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// `HTTPTransport` over AsyncHTTPClient (SwiftNIO): keep-alive connection pooling, no
/// FoundationNetworking (and so no libcurl) in a statically linked Lambda binary.
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// The client; the process-wide `HTTPClient.shared` unless a test passes its own.
    public let client: HTTPClient
    /// The largest answer read, so a misbehaving endpoint cannot exhaust memory.
    public let maximumResponseBytes: Int

    /// Creates a transport.
    public init(client: HTTPClient = .shared, maximumResponseBytes: Int = 16 * 1024 * 1024) {
        self.client = client
        self.maximumResponseBytes = maximumResponseBytes
    }

    /// Sends the request with AsyncHTTPClient and collects the body.
    public func send(_ request: HTTPRequestData, timeout: Duration?) async throws -> HTTPResponseData {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if !request.body.isEmpty || request.method != "GET" {
            outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        }
        let deadline: NIODeadline =
            if let timeout {
                .now()
                    + .nanoseconds(
                        Int64(timeout.components.seconds) * 1_000_000_000
                            + timeout.components.attoseconds / 1_000_000_000)
            } else {
                .distantFuture
            }
        let response = try await client.execute(outgoing, deadline: deadline)
        let body = try await response.body.collect(upTo: maximumResponseBytes)
        return HTTPResponseData(
            status: Int(response.status.code),
            headers: response.headers.map { (name: $0.name, value: $0.value) },
            body: Data(body.readableBytesView))
    }
}
