import Foundation
import LexFacts

/// The two UTC renderings of an instant that SigV4 uses: `YYYYMMDDTHHMMSSZ` (`X-Amz-Date`) and
/// `YYYYMMDD` (the credential scope).
///
/// Computed arithmetically from the Unix time (the day through `CalendarDate`'s day numbers), so signing needs no
/// calendar, locale or formatter
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
        let date = CalendarDate(dayNumber: Int(days))
        func pad(_ value: some BinaryInteger, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        dateStamp = pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2)
        amzDate =
            dateStamp + "T" + pad(secondOfDay / 3600, 2) + pad(secondOfDay / 60 % 60, 2) + pad(secondOfDay % 60, 2)
            + "Z"
    }
}
