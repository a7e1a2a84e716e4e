import Foundation

/// Cross-origin access for browser clients: a page that calls the server with the AWS SDK for
/// JavaScript, such as the Lex Web UI, sends a CORS preflight (`OPTIONS`) before each signed
/// request and reads the answer only when the server names its origin.
///
/// The Lex V2 runtime service answers CORS for any origin (the SDK for JavaScript lists it among the
/// services a browser may call), so the default policy does the same; `--allow-origin` narrows it to
/// listed origins, and `--allow-origin none` turns it off. A preflight is answered before any
/// signature check, since browsers never sign one; the request that follows is checked as usual.
public struct CORSPolicy: Sendable, Equatable {
    /// Which origins may read the answers.
    public enum Origins: Sendable, Equatable {
        /// Every origin (`Access-Control-Allow-Origin: *`).
        case any
        /// Only these origins, each as a browser sends it (`http://localhost:8080`); the answer names
        /// the origin and says `Vary: Origin`.
        case listed([String])
        /// None: no CORS headers, and `OPTIONS` is answered as any other method of no operation.
        case disabled
    }

    /// The origins allowed.
    public var origins: Origins

    /// Creates a policy.
    public init(origins: Origins) {
        self.origins = origins
    }

    /// Every origin, as the service answers.
    public static let anyOrigin = CORSPolicy(origins: .any)

    /// The policy of `--allow-origin` values: none given is every origin, `*` is every origin, `none`
    /// turns CORS off; anything else lists origins.
    /// - Throws: `CORSPolicyError` for a value that is not `*`, `none` or an `http(s)://host[:port]`
    ///   origin, or for `*` or `none` given together with other values.
    public static func parse(_ values: [String]) throws(CORSPolicyError) -> CORSPolicy {
        if values.isEmpty || values == ["*"] { return .anyOrigin }
        if values == ["none"] { return CORSPolicy(origins: .disabled) }
        var origins: [String] = []
        for value in values {
            guard value != "*", value != "none" else {
                throw CORSPolicyError(description: "'\(value)' cannot be combined with other origins")
            }
            guard isOrigin(value) else {
                throw CORSPolicyError(
                    description: "'\(value)' is not an origin: write it as the browser sends it, "
                        + "scheme://host[:port] with no path, such as http://localhost:8080")
            }
            if !origins.contains(value) { origins.append(value) }
        }
        return CORSPolicy(origins: .listed(origins))
    }

    /// The methods of the API's operations, for a preflight's `Access-Control-Allow-Methods`.
    static let allowedMethods = "GET, POST, DELETE, OPTIONS"

    /// The headers a browser client may read: the request id and error type every SDK looks at, and
    /// the `x-amz-lex-*` headers that carry RecognizeUtterance's and PutSession's answers.
    static let exposedHeaders = [
        "x-amzn-RequestId", "x-amzn-ErrorType", "x-amz-lex-input-mode", "x-amz-lex-input-transcript",
        "x-amz-lex-interpretations", "x-amz-lex-messages", "x-amz-lex-request-attributes",
        "x-amz-lex-session-id", "x-amz-lex-session-state", "Content-Type",
    ].joined(separator: ", ")

    /// How long a browser may cache a preflight answer, in seconds.
    static let preflightMaxAge = "600"

    /// The answer to a CORS preflight, or `nil` when `request` is not one (or CORS is off): an
    /// `OPTIONS` request with `Origin` and `Access-Control-Request-Method`.
    ///
    /// An allowed origin gets 200 with the methods, the requested headers (echoed: the SDK's set
    /// changes between versions, and a browser does not let `*` cover `Authorization`) and a max
    /// age; an origin the policy does not list gets 403 `AccessDeniedException`, which says why
    /// where a browser would only report a missing header.
    func preflight(_ request: APIRequest) -> APIResponse? {
        guard origins != .disabled, request.method == "OPTIONS", let origin = request.header("Origin"),
            request.header("Access-Control-Request-Method") != nil
        else { return nil }
        guard let allowed = allowedOrigin(origin) else {
            var denied = LexRuntimeAPI.errorResponse(
                LexAPIError(
                    .accessDenied,
                    "origin '\(APIRoute.printable(origin))' may not call this server from a browser; "
                        + "start it with --allow-origin \(APIRoute.printable(origin))"))
            denied.headers.append((name: "Vary", value: "Origin"))
            return denied
        }
        var headers = originHeaders(allowed)
        headers.append((name: "Access-Control-Allow-Methods", value: Self.allowedMethods))
        let requested = Self.headerNames(request.header("Access-Control-Request-Headers") ?? "")
        if !requested.isEmpty { headers.append((name: "Access-Control-Allow-Headers", value: requested)) }
        headers.append((name: "Access-Control-Max-Age", value: Self.preflightMaxAge))
        return APIResponse(status: 200, headers: headers)
    }

    /// Adds the CORS headers to the answer of a request that came with an allowed `Origin`.
    func decorate(_ response: inout APIResponse, for request: APIRequest) {
        guard origins != .disabled, let origin = request.header("Origin") else { return }
        guard let allowed = allowedOrigin(origin) else {
            response.headers.append((name: "Vary", value: "Origin"))
            return
        }
        response.headers += originHeaders(allowed)
        response.headers.append((name: "Access-Control-Expose-Headers", value: Self.exposedHeaders))
    }

    /// `*`, or the origin itself when it is listed; `nil` when it may not read answers.
    private func allowedOrigin(_ origin: String) -> String? {
        switch origins {
        case .any: "*"
        case .listed(let listed): listed.contains(origin) ? origin : nil
        case .disabled: nil
        }
    }

    private func originHeaders(_ allowed: String) -> [(name: String, value: String)] {
        var headers = [(name: "Access-Control-Allow-Origin", value: allowed)]
        if allowed != "*" { headers.append((name: "Vary", value: "Origin")) }
        return headers
    }

    /// The comma-separated header names of `list` that are HTTP tokens, lowercased, in order; others
    /// are left out, so nothing but header names is ever echoed.
    static func headerNames(_ list: String) -> String {
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter {
            name in
            !name.isEmpty && name.utf8.count <= 100 && name.utf8.allSatisfy(isTokenByte)
        }
        return names.joined(separator: ", ")
    }

    /// Whether `text` is `http://` or `https://` followed by a host and an optional port, nothing more.
    static func isOrigin(_ text: String) -> Bool {
        let rest: Substring
        if text.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else if text.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else {
            return false
        }
        return !rest.isEmpty && !rest.hasPrefix(":")
            && rest.utf8.allSatisfy { byte in
                isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            }
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "!#$%&'*+-.^_`|~".utf8.contains(byte)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }
}

/// A `--allow-origin` value that is not an origin.
public struct CORSPolicyError: Error, Sendable, CustomStringConvertible {
    /// What is wrong with the value.
    public var description: String
}
