import CodeHooks
import Foundation
import LexFacts

/// The production `WallClock` of a Lambda host: the machine's time in the bot's time zone.
///
/// The hooks' "today" and "now" (past-date and past-time rules) must be the users' local time,
/// not the UTC that Lambda runs in, so the zone is configuration (`MEETY_TIME_ZONE`). This is the
/// one place the hooks' time is read from the system.
///
/// Zones come from the tz database compiled into Foundation's ICU (`TimeZone.timeZoneDataVersion`),
/// not from `/usr/share/zoneinfo`, so the Lambda zip needs no zoneinfo files: the emulator run of
/// scripts/lambda-emulator-test.py proves it in a root that has none.
public struct ZonedSystemClock: WallClock {
    /// The zone local times are computed in.
    public let timeZone: TimeZone

    /// Creates a clock for `timeZone`.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The clock configured by `MEETY_TIME_ZONE` (an IANA name such as `Europe/Berlin`; default `UTC`).
    /// - Throws: `LambdaHostConfigurationError.unknownTimeZone` for a name the system does not know.
    public init(environment: [String: String]) throws(LambdaHostConfigurationError) {
        let name = environment["MEETY_TIME_ZONE"].flatMap { $0.isEmpty ? nil : $0 } ?? "UTC"
        guard let zone = TimeZone(identifier: name) else { throw .unknownTimeZone(name) }
        self.init(timeZone: zone)
    }

    /// Now, as a local date and time in `timeZone`.
    public func now() -> LocalDateTime {
        localDateTime(at: Date())
    }

    /// The local date and time of `instant` in `timeZone`.
    public func localDateTime(at instant: Date) -> LocalDateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let date =
            CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
        let time = TimeOfDay(minutes: (parts.hour ?? 0) * 60 + (parts.minute ?? 0)) ?? .midnight
        return LocalDateTime(date: date, time: time)
    }
}
