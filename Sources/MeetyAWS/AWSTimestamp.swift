import Foundation

/// The two UTC renderings of an instant that SigV4 uses: `YYYYMMDDTHHMMSSZ` (`X-Amz-Date`) and
/// `YYYYMMDD` (the credential scope).
///
/// Computed arithmetically from the Unix time, so signing needs no calendar, locale or formatter
/// and gives the same bytes on every platform.
public struct AWSTimestamp: Sendable, Equatable {
    /// `YYYYMMDDTHHMMSSZ`.
    public let amzDate: String
    /// `YYYYMMDD`.
    public let dateStamp: String

    /// The timestamp of `date`, truncated to whole seconds.
    public init(_ date: Date) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        dateStamp = pad(year, 4) + pad(month, 2) + pad(day, 2)
        amzDate =
            dateStamp + "T" + pad(secondOfDay / 3600, 2) + pad(secondOfDay / 60 % 60, 2) + pad(secondOfDay % 60, 2)
            + "Z"
    }

    /// The proleptic Gregorian date of a day number counted from 1970-01-01 (Howard Hinnant's
    /// days-to-civil algorithm).
    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
