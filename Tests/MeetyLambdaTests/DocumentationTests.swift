import CodeHooks
import Foundation
import LexFacts
import MeetyTestSupport
import Testing

@testable import MeetyLambda

@Suite("docs/lexlambda.md")
struct DocumentationTests {
    @Test("every reply the hooks can give is quoted word for word in the user documentation")
    func messagesAreDocumented() throws {
        let doc = try String(contentsOf: TestResources.path("docs/lexlambda.md"), encoding: .utf8)
        let time = { (text: String) in TimeOfDay(hhmm: text)! }
        let date = { (text: String) in CalendarDate(iso: text)! }
        let ann = try Fixtures.ann()
        let late = [
            try Fixtures.meeting("a", "2026-11-23", "20:00", "21:45"),
            try Fixtures.meeting("b", "2026-11-23", "22:00", "24:00"),
        ]
        let requested = try Fixtures.meeting(
            "00000000-0000-4000-8000-000000000001", "2026-11-23", "11:00", "11:30", .pending, name: "Alice")
        var messages: [String] = BookingSlot.allCases.flatMap {
            [BookingReplies.blank($0), BookingReplies.missing($0)]
        }
        messages += [
            BookingReplies.unparsableDate("13/13/1993"),
            BookingReplies.pastDate(date("2026-11-19"), today: date("2026-11-20")),
            BookingReplies.unparsableTime("24:00"),
            BookingReplies.pastTime(time("08:30"), now: time("09:00")),
            BookingReplies.ambiguousTime([time("03:00"), time("15:00")]),
            BookingReplies.ambiguousTime([time("03:00"), time("09:00"), time("15:00")]),
            BookingReplies.partOfDay(.morning),
            BookingReplies.durationNotAllowed("45"),
            BookingReplies.endsAfterMidnight(time("23:30"), duration: 60),
            BookingReplies.conflict(
                try #require(ConflictReport(date: ann.date, start: time("10:30"), duration: nil, active: [ann]))),
            BookingReplies.conflict(
                try #require(ConflictReport(date: ann.date, start: time("21:00"), duration: 30, active: late))),
            BookingReplies.requested(requested), BookingReplies.storeUnavailable, BookingReplies.lostIntent,
        ]
        for message in messages {
            #expect(doc.contains(message), "docs/lexlambda.md does not quote: \(message)")
        }
        for part in PartOfDay.allCases.dropFirst() {
            #expect(doc.contains("\(part.name): " + BookingReplies.alternatives(part.candidates.map(\.hhmm))))
        }
    }
}
