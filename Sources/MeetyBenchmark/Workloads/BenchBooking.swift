import Foundation
import LexFacts

/// One booking of the benchmarks that book many distinct meetings (`--serve` and the original
/// LexLambda comparison): booking `number` is on day `number / 48` of December 2026 at slot
/// `number % 48`, half an hour long, so no two bookings of a run clash.
struct BenchBooking: Sendable {
    /// The booking's number.
    let number: Int

    /// The meeting's date.
    var date: CalendarDate { CalendarDate(year: 2026, month: 12, day: 1)!.adding(days: number / 48) }

    /// The meeting's start, `HH:MM`.
    var time: String { TimeOfDay(minutes: (number % 48) * 30)!.hhmm }

    /// A first name of letters only (the number in base 26), which the name resolver accepts.
    var name: String {
        "User" + String((0..<4).map { Character(UnicodeScalar(97 + (number / Int(pow(26.0, Double($0)))) % 26)!) })
    }

    /// The attendee's address.
    var email: String { "user\(number)@example.com" }

    /// The session the booking runs in.
    var sessionId: String { "bench-\(number)" }
}
