import Foundation

/// The machine's clock: the only place the AWS code reads the real time.
public struct SystemAWSClock: AWSClock {
    /// Creates the clock.
    public init() {}

    /// `Date()`.
    public func now() -> Date { Date() }
}
