import CodeHooks

/// A hook call after the server began to stop.
public struct HookLanesClosed: CodeHookFailure, Sendable {
    /// Creates the error.
    public init() {}

    /// The message.
    public var description: String { "the server is stopping; the code hook no longer runs" }
}
