import CodeHooks
import Foundation
import LexFacts
import Testing

@testable import LambdaHost

@Suite struct ZonedSystemClockTests {
    static let instant = Date(timeIntervalSince1970: 1_795_129_200)  // 2026-11-19T23:00:00Z

    @Test func localTimeFollowsTheConfiguredZone() throws {
        let berlin = try ZonedSystemClock(environment: ["MEETY_TIME_ZONE": "Europe/Berlin"])
        #expect(berlin.localDateTime(at: Self.instant) == LocalDateTime(iso: "2026-11-20T00:00"))
        let newYork = try ZonedSystemClock(environment: ["MEETY_TIME_ZONE": "America/New_York"])
        #expect(newYork.localDateTime(at: Self.instant) == LocalDateTime(iso: "2026-11-19T18:00"))
    }

    @Test func theDefaultZoneIsUTC() throws {
        let clock = try ZonedSystemClock(environment: [:])
        #expect(clock.localDateTime(at: Self.instant) == LocalDateTime(iso: "2026-11-19T23:00"))
    }

    @Test func anUnknownZoneIsAConfigurationError() {
        #expect(throws: LambdaHostConfigurationError.unknownTimeZone("Mars/Olympus_Mons")) {
            try ZonedSystemClock(environment: ["MEETY_TIME_ZONE": "Mars/Olympus_Mons"])
        }
    }

    @Test func theUnknownZoneErrorNamesTheZoneAndTheTZDatabaseOfTheBuild() {
        let message = LambdaHostConfigurationError.unknownTimeZone("Mars/Olympus_Mons").description
        #expect(message.hasPrefix("MEETY_TIME_ZONE 'Mars/Olympus_Mons' is not a known time zone"))
        #expect(!TimeZone.timeZoneDataVersion.isEmpty)
        #expect(message.hasSuffix("this build has the tz database \(TimeZone.timeZoneDataVersion))"))
    }
}
