/// Decides whether a request may be served: `meety-bot serve --verify-signature` plugs in a SigV4
/// check (`LexRuntimeServerSigV4`), which needs swift-crypto; without one every request is served.
public protocol RequestAuthenticator: Sendable {
    /// The reason `request` is refused (the service's own error), or `nil` when it may be served.
    func problem(with request: APIRequest) -> LexAPIError?
}
