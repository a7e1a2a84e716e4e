import Foundation
import LexFacts

/// The clock of a server: the local time its runtimes and hooks see, and the seconds its sessions'
/// idle timeouts are measured in.
///
/// Injected, so a server never reads the real time in its logic: `meety-bot serve --now T` runs on
/// `FixedServerClock` (every request sees `T`; an idle session never expires), tests drive a clock
/// of their own, and only `SystemServerClock` reads the machine's time.
public protocol ServerClock: Sendable {
    /// The local date and time slot resolution and the code hooks see.
    var wall: any WallClock { get }
    /// Seconds since an origin of the clock's choosing; only differences are used (idle timeouts).
    func seconds() -> Double
}

/// A clock stopped at one instant: `meety-bot serve --now T`.
public struct FixedServerClock: ServerClock {
    /// The instant every request sees.
    public let instant: LocalDateTime

    /// Creates a clock stopped at `instant`.
    public init(_ instant: LocalDateTime) {
        self.instant = instant
    }

    /// A wall clock answering `instant`.
    public var wall: any WallClock { FixedClock(instant) }

    /// Always the same, so no session ever idles out.
    public func seconds() -> Double { 0 }
}

/// The machine's clock: local time in the machine's time zone, and monotonic seconds for idle
/// timeouts (so a change of the system time neither ends nor prolongs sessions).
public struct SystemServerClock: ServerClock {
    /// The time zone local times are computed in.
    public let timeZone: TimeZone
    private let origin = ContinuousClock.now

    /// Creates the clock for `timeZone` (the machine's by default).
    public init(timeZone: TimeZone = .current) {
        self.timeZone = timeZone
    }

    /// The machine's local time.
    public var wall: any WallClock { SystemWallClock(timeZone: timeZone) }

    /// Seconds since the clock was made, from the monotonic clock.
    public func seconds() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// The machine's local date and time in a time zone, to the minute.
public struct SystemWallClock: WallClock {
    /// The zone.
    public let timeZone: TimeZone

    /// Creates the clock for `timeZone`.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Now, in `timeZone`.
    public func now() -> LocalDateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
        let date =
            CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
        let time = TimeOfDay(minutes: (parts.hour ?? 0) * 60 + (parts.minute ?? 0)) ?? .midnight
        return LocalDateTime(date: date, time: time)
    }
}
