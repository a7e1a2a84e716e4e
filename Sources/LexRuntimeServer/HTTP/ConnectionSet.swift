import NIOConcurrencyHelpers
import NIOCore

/// The open connections of a server, so a stop can close them.
final class ConnectionSet: Sendable {
    private let channels = NIOLockedValueBox([ObjectIdentifier: any Channel]())

    /// Adds a connection.
    func insert(_ channel: any Channel) {
        channels.withLockedValue { $0[ObjectIdentifier(channel)] = channel }
    }

    /// Removes a connection.
    func remove(_ channel: any Channel) {
        _ = channels.withLockedValue { $0.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// The connections open now.
    var all: [any Channel] { channels.withLockedValue { Array($0.values) } }
}
