/// A Lex V2 Lambda code hook: an event in, a response out.
///
/// The simulator calls hooks through this protocol; a Lambda host calls the same implementation
/// with events decoded from JSON. Implementations must be safe to call from many tasks at once.
public protocol CodeHook: Sendable {
    /// Handles one invocation.
    /// - Throws: Any error; the caller reports it as a failed turn (Lex treats it as a hook failure).
    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse
}
