/// Why the AWS settings of a process cannot be used, in words an operator can act on.
///
/// Raised before the first request, so a misconfigured Lambda fails its init (reported to the
/// Runtime API) and a misconfigured `meety-bot test` exits with a diagnostic instead of timing out.
public enum AWSConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither `AWS_REGION` nor `AWS_DEFAULT_REGION` is set and no region was given.
    case missingRegion
    /// No access key id or secret access key, and the endpoint is a real AWS one.
    case missingCredentials
    /// The endpoint is not an absolute `http` or `https` URL with a host.
    case invalidEndpoint(String)

    /// A one-line explanation naming the variables to set.
    public var description: String {
        switch self {
        case .missingRegion:
            "no AWS region: set AWS_REGION (or AWS_DEFAULT_REGION)"
        case .missingCredentials:
            "no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys)"
        case .invalidEndpoint(let text):
            "invalid endpoint URL '\(text)': expected http://HOST[:PORT] or https://HOST[:PORT]"
        }
    }
}
