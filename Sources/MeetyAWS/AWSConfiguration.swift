import Foundation

/// Where and as whom AWS requests go: region, credentials and the service endpoint.
///
/// Read from the standard environment (`AWS_REGION`/`AWS_DEFAULT_REGION`, `AWS_ACCESS_KEY_ID`,
/// `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, and the SDKs' endpoint overrides
/// `AWS_ENDPOINT_URL_DYNAMODB`/`AWS_ENDPOINT_URL`), so the same binary runs in Lambda, on a laptop
/// with exported keys, and against a local DynamoDB API such as moto.
public struct AWSConfiguration: Sendable, Equatable {
    /// The signing region, e.g. `eu-west-1`.
    public var region: String
    /// The signing keys.
    public var credentials: AWSCredentials
    /// The endpoint override (`http://127.0.0.1:5000`); `nil` means the service's regional endpoint.
    public var endpoint: URL?

    /// Creates a configuration.
    public init(region: String, credentials: AWSCredentials, endpoint: URL? = nil) {
        self.region = region
        self.credentials = credentials
        self.endpoint = endpoint
    }

    /// The region used against a local endpoint when none is configured: local DynamoDB APIs accept
    /// any region, so a test run needs no AWS settings at all.
    public static let localRegion = "us-east-1"

    /// Reads the configuration from environment variables.
    ///
    /// - Parameters:
    ///   - environment: the variables (`ProcessInfo.processInfo.environment` in production).
    ///   - endpoint: an explicit endpoint (a command-line option), which wins over the variables.
    /// - Throws: `AWSConfigurationError`. A local endpoint (loopback host) gets the region
    ///   `us-east-1` and the dummy key `testing` when they are missing; a real AWS endpoint needs both.
    public static func fromEnvironment(
        _ environment: [String: String], endpoint explicit: String? = nil
    ) throws(AWSConfigurationError) -> AWSConfiguration {
        func value(_ name: String) -> String? {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        let endpointText = explicit ?? value("AWS_ENDPOINT_URL_DYNAMODB") ?? value("AWS_ENDPOINT_URL")
        let endpoint = try endpointText.map { text throws(AWSConfigurationError) in try parseEndpoint(text) }
        let local = endpoint.map(isLoopback) ?? false
        guard let region = value("AWS_REGION") ?? value("AWS_DEFAULT_REGION") ?? (local ? localRegion : nil) else {
            throw .missingRegion
        }
        let credentials: AWSCredentials
        if let key = value("AWS_ACCESS_KEY_ID"), let secret = value("AWS_SECRET_ACCESS_KEY") {
            credentials = AWSCredentials(
                accessKeyID: key, secretAccessKey: secret, sessionToken: value("AWS_SESSION_TOKEN"))
        } else if local {
            credentials = AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing")
        } else {
            throw .missingCredentials
        }
        return AWSConfiguration(region: region, credentials: credentials, endpoint: endpoint)
    }

    /// Parses an endpoint override: `http` or `https`, a host, an optional port, and no path or
    /// query (DynamoDB's API lives at `/`).
    public static func parseEndpoint(_ text: String) throws(AWSConfigurationError) -> URL {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
            components.path.isEmpty || components.path == "/", components.query == nil, components.user == nil
        else { throw .invalidEndpoint(text) }
        var normalized = URLComponents()
        normalized.scheme = scheme
        normalized.host = host
        normalized.port = components.port
        guard let url = normalized.url else { throw .invalidEndpoint(text) }
        return url
    }

    /// Whether the endpoint is on this machine (`localhost`, `127.0.0.0/8`, `::1`): then missing
    /// AWS settings get harmless local defaults instead of an error.
    public static func isLoopback(_ url: URL) -> Bool {
        guard let host = url.host?.lowercased() else { return false }
        return host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "[::1]"
    }

    /// The endpoint requests for `service` go to: the override, else
    /// `https://<service>.<region>.amazonaws.com`.
    public func endpoint(forService service: String) -> URL {
        endpoint ?? URL(string: "https://\(service).\(region).amazonaws.com")!
    }
}
