import Foundation

/// The source of the signing time.
///
/// Injected so that no signing or retry logic reads the system time: tests sign with a fixed
/// instant and get the published signatures. `SystemAWSClock` is the one production reading.
public protocol AWSClock: Sendable {
    /// The current instant.
    func now() -> Date
}
