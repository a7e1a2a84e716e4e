/// The keys that sign AWS requests: long-term keys, or the temporary keys (with a session token)
/// that Lambda hands its functions.
///
/// `description` never shows the secret, so a configuration can be logged or put in an error
/// message without leaking it.
public struct AWSCredentials: Sendable, Hashable, CustomStringConvertible {
    /// `AWS_ACCESS_KEY_ID`: names the key in the credential scope of every signature.
    public var accessKeyID: String
    /// `AWS_SECRET_ACCESS_KEY`: the HMAC key material; never sent, never printed.
    public var secretAccessKey: String
    /// `AWS_SESSION_TOKEN`: present with temporary credentials, sent as `X-Amz-Security-Token`.
    public var sessionToken: String?

    /// Creates credentials.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// The access key id and whether a session token is present; the secret is redacted.
    public var description: String {
        "AWSCredentials(accessKeyID: \(accessKeyID), secret: <redacted>\(sessionToken == nil ? "" : ", session token"))"
    }
}
