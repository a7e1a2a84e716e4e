/// Wraps a hook so that every event and response crosses JSON on the way, as it does between
/// Lex and a Lambda function. Running a conversation through it proves that the hook works on
/// what a Lambda host would decode, not just on the simulator's in-memory values.
public struct JSONRoundTripHook: CodeHook {
    /// The hook being wrapped.
    public let wrapped: any CodeHook

    /// Wraps `hook`.
    public init(_ hook: any CodeHook) {
        wrapped = hook
    }

    /// Encodes the event, decodes it for the wrapped hook, and does the same with its response.
    public func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        let hook = wrapped
        let transport = JSONTransportHook { data in try await CodeHookJSON.invoke(hook, eventJSON: data) }
        return try await transport.handle(event)
    }
}
