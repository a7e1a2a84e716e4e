/// Why a server could not start.
public struct ServeStartError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Creates the error.
    public init(message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
