import Foundation
import LexFacts

/// A script's clock: it starts at the script's `now:` and moves only when a clock step
/// (`wait:`, `clock:`) says so.
///
/// The simulator and the hook read the same instance, so both see time pass together. Reads and
/// moves take a lock (a script's steps run one after another, but a hook may read it on its own
/// task); the lock is a pthread mutex (`NSLock`) so thread sanitizer understands it. The local
/// date and time is worked out when the clock moves, not on every read: every turn reads it
/// several times.
public final class MovableClock: WallClock, @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Int64
    private var instant: LocalDateTime

    /// A clock at `instant`.
    public init(_ instant: LocalDateTime) {
        seconds = instant.secondsSinceEpoch
        self.instant = instant
    }

    /// The current time, to the minute.
    public func now() -> LocalDateTime {
        lock.lock()
        defer { lock.unlock() }
        return instant
    }

    /// The current time in seconds.
    public func secondsSinceEpoch() -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        return seconds
    }

    /// Sets the clock to `seconds` since 1970-01-01T00:00 local time.
    public func set(seconds newValue: Int64) {
        let moved = LocalDateTime(secondsSinceEpoch: newValue)
        lock.lock()
        defer { lock.unlock() }
        seconds = newValue
        instant = moved
    }
}
