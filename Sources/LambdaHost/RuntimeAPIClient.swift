import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The HTTP side of the Lambda Runtime API (version 2018-06-01): fetch the next event, post its
/// response or error, report an init failure.
///
/// Its own `HTTPClient` has no read timeout, because `next` is a long poll that may wait for as
/// long as the function stays idle; the other calls are bounded by `postTimeout`.
public final class RuntimeAPIClient: Sendable {
    /// `http://<AWS_LAMBDA_RUNTIME_API>/2018-06-01`.
    public let baseURL: String
    private let client: HTTPClient
    private let postTimeout: TimeAmount

    /// Creates a client for the Runtime API at `baseURL` (e.g. `http://127.0.0.1:9001`).
    public init(baseURL: String, postTimeout: Duration = .seconds(30)) {
        let trimmed = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.baseURL = trimmed + "/2018-06-01"
        var configuration = HTTPClient.Configuration()
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: .seconds(5), read: nil)
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        self.postTimeout = .seconds(postTimeout.components.seconds)
    }

    /// Releases the connections; call once when the runtime stops.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Waits for the next event.
    public func next() async throws(RuntimeAPIError) -> LambdaInvocation {
        let path = "/runtime/invocation/next"
        let (status, headers, body) = try await exchange("GET", path, body: nil, headers: [:], deadline: .distantFuture)
        guard status == 200 else {
            throw .unexpectedStatus(path: path, status: status, body: String(decoding: body, as: UTF8.self))
        }
        guard let requestID = headers.first(name: "Lambda-Runtime-Aws-Request-Id"), !requestID.isEmpty else {
            throw .missingRequestID
        }
        return LambdaInvocation(
            requestID: requestID,
            deadlineMilliseconds: headers.first(name: "Lambda-Runtime-Deadline-Ms").flatMap { Int64($0) },
            invokedFunctionARN: headers.first(name: "Lambda-Runtime-Invoked-Function-Arn"),
            traceID: headers.first(name: "Lambda-Runtime-Trace-Id"),
            payload: body)
    }

    /// Posts the function's result. Returns `false` when the Runtime API refused it as too large
    /// (HTTP 413), so the caller can report an error instead.
    public func respond(to requestID: String, with body: Data) async throws(RuntimeAPIError) -> Bool {
        let path = "/runtime/invocation/\(Self.pathSegment(requestID))/response"
        let (status, _, answer) = try await exchange(
            "POST", path, body: body, headers: [:], deadline: .now() + postTimeout)
        if status == 413 { return false }
        guard (200..<300).contains(status) else {
            throw .unexpectedStatus(path: path, status: status, body: String(decoding: answer, as: UTF8.self))
        }
        return true
    }

    /// Posts an invocation error.
    public func reportError(_ report: LambdaErrorReport, for requestID: String) async throws(RuntimeAPIError) {
        try await postError(report, path: "/runtime/invocation/\(Self.pathSegment(requestID))/error")
    }

    /// Posts an initialization error; the runtime exits afterwards.
    public func reportInitError(_ report: LambdaErrorReport) async throws(RuntimeAPIError) {
        try await postError(report, path: "/runtime/init/error")
    }

    private func postError(_ report: LambdaErrorReport, path: String) async throws(RuntimeAPIError) {
        let (status, _, answer) = try await exchange(
            "POST", path, body: report.body(),
            headers: ["Lambda-Runtime-Function-Error-Type": report.category, "Content-Type": "application/json"],
            deadline: .now() + postTimeout)
        guard (200..<300).contains(status) else {
            throw .unexpectedStatus(path: path, status: status, body: String(decoding: answer, as: UTF8.self))
        }
    }

    private func exchange(
        _ method: String, _ path: String, body: Data?, headers: [String: String], deadline: NIODeadline
    ) async throws(RuntimeAPIError) -> (Int, HTTPHeaders, Data) {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = HTTPMethod(rawValue: method)
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await client.execute(request, deadline: deadline)
            let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
            return (Int(response.status.code), response.headers, Data(bytes.readableBytesView))
        } catch {
            throw .unreachable("\(method) \(path): \(error)")
        }
    }

    /// The request id as one URL path segment (ids are UUIDs; anything else is percent-encoded).
    static func pathSegment(_ requestID: String) -> String {
        requestID.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", "."])) ?? requestID
    }
}
