import Foundation

/// A clock that always answers the same instant: for signature tests and reproducible requests.
public struct FixedAWSClock: AWSClock {
    /// The instant answered.
    public var instant: Date

    /// Creates the clock.
    public init(_ instant: Date) {
        self.instant = instant
    }

    /// The fixed instant.
    public func now() -> Date { instant }
}
