import Foundation

/// Random version-4 UUIDs in lowercase, as the production table stores them.
public struct RandomMeetingIDs: MeetingIDGenerator {
    /// Creates the generator.
    public init() {}

    /// A new random UUID string. The only place the package creates a random id.
    public func nextID() -> String {
        UUID().uuidString.lowercased()
    }
}
