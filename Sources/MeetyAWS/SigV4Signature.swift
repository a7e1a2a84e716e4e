/// The outcome of signing: the headers to send, and the intermediate strings AWS's test suite
/// publishes (`.creq`, `.sts`), so a mismatch can be traced to the step that differs.
public struct SigV4Signature: Sendable, Equatable {
    /// The canonical request (task 1 of the signing process).
    public var canonicalRequest: String
    /// The string to sign (task 2).
    public var stringToSign: String
    /// The hex signature (task 3).
    public var signature: String
    /// The `;`-joined lowercase names of the signed headers.
    public var signedHeaders: String
    /// The `Authorization` header value (task 4).
    public var authorization: String
    /// `X-Amz-Date` in the basic ISO 8601 form `YYYYMMDDTHHMMSSZ`.
    public var amzDate: String
    /// `X-Amz-Security-Token`, when the credentials are temporary.
    public var securityToken: String?

    /// The headers the signer adds to the request, in the order to send them.
    public var headers: [(name: String, value: String)] {
        var result = [(name: "X-Amz-Date", value: amzDate)]
        if let securityToken { result.append((name: "X-Amz-Security-Token", value: securityToken)) }
        result.append((name: "Authorization", value: authorization))
        return result
    }
}
