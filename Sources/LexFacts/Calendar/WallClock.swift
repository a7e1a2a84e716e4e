/// The source of "now" for slot resolution and hooks. Injected everywhere so that no logic
/// depends on the real date: a conversation's `now:` drives both the simulator and the hooks.
public protocol WallClock: Sendable {
    /// The current local date and time.
    func now() -> LocalDateTime
}

/// A clock that always answers the same instant.
public struct FixedClock: WallClock {
    /// The instant answered.
    public var instant: LocalDateTime

    /// Creates a fixed clock.
    public init(_ instant: LocalDateTime) {
        self.instant = instant
    }

    /// Answers the fixed instant.
    public func now() -> LocalDateTime { instant }
}
