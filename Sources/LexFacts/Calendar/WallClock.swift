/// The source of "now" for slot resolution and hooks. Injected everywhere so that no logic
/// depends on the real date: a conversation's `now:` drives both the simulator and the hooks.
public protocol WallClock: Sendable {
    /// The current local date and time.
    func now() -> LocalDateTime
    /// The current time in seconds since 1970-01-01T00:00 local time: what lifetimes counted in
    /// seconds (contexts, the idle session timeout) are measured on. A clock that only knows
    /// minutes answers `now()` in seconds.
    func secondsSinceEpoch() -> Int64
}

extension WallClock {
    /// `now()` in seconds, for clocks that only know minutes.
    public func secondsSinceEpoch() -> Int64 { now().secondsSinceEpoch }
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
