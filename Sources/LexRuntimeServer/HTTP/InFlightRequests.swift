import NIOConcurrencyHelpers

/// How many requests the server is answering, so a stop can wait for them to finish.
final class InFlightRequests: Sendable {
    private let count = NIOLockedValueBox(0)

    /// A request started.
    func begin() { count.withLockedValue { $0 += 1 } }

    /// A request ended.
    func end() { count.withLockedValue { $0 -= 1 } }

    /// The number in flight now.
    var current: Int { count.withLockedValue { $0 } }
}
