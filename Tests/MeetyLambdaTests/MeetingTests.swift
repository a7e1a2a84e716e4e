import CodeHooks
import Foundation
import MeetyLambda
import Testing

@Suite("Meeting records")
struct MeetingTests {
    @Test("a record encodes to exactly the table's attributes, all strings")
    func encoding() throws {
        let meeting = try Fixtures.meeting("m-1", "2026-11-23", "23:30", "24:00", .pending, name: "Alice")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(meeting), as: UTF8.self)
        #expect(
            json == #"{"attendeeName":"Alice","date":"2026-11-23","duration":"30","email":"alice@example.com","#
                + #""endTime":"24:00","meetingId":"m-1","startTime":"23:30","status":"pending"}"#)
        #expect(try JSONDecoder().decode(Meeting.self, from: Data(json.utf8)) == meeting)
        #expect(Set(meeting.attributes.keys) == Set(Meeting.attributeNames))
        #expect(try Meeting(attributes: meeting.attributes) == meeting)
        #expect(meeting.description == "m-1 2026-11-23 23:30-24:00 pending")
    }

    @Test("typed accessors follow the interval")
    func accessors() throws {
        let meeting = try Fixtures.ann()
        #expect(meeting.startTime.hhmm == "10:00" && meeting.endTime.hhmm == "11:00" && meeting.duration == 60)
        #expect(meeting.isActive)
        #expect(!(try Fixtures.meeting("x", "2026-11-23", "10:00", "11:00", .rejected)).isActive)
    }

    @Test(
        "malformed attributes are refused with the attribute named",
        arguments: [
            ("date", "23/11/2026", "meeting record 'date' is \"23/11/2026\", expected YYYY-MM-DD"),
            ("startTime", "10", "meeting record 'startTime' is \"10\", expected HH:MM"),
            ("endTime", "25:00", "meeting record 'endTime' is \"25:00\", expected HH:MM"),
            ("duration", "60.0", "meeting record 'duration' is \"60.0\", expected a whole number of minutes"),
            ("duration", "45", "meeting record has duration 45 but runs from 10:00 to 11:00"),
            ("status", "Approved", "meeting record 'status' is \"Approved\", expected pending, approved or rejected"),
            ("meetingId", "", "meeting record 'meetingId' is \"\", expected a non-empty id"),
            (
                "endTime", "09:00",
                "meeting record runs from 10:00 to 09:00, but must end after it starts and no later than 24:00"
            ),
        ] as [(String, String, String)])
    func malformed(attribute: String, value: String, message: String) throws {
        var attributes = try Fixtures.ann().attributes
        attributes[attribute] = value
        #expect(throws: (any Error).self) { try Meeting(attributes: attributes) }
        do {
            _ = try Meeting(attributes: attributes)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("every missing attribute is reported; extra attributes are ignored")
    func missingAndExtra() throws {
        for name in Meeting.attributeNames {
            var attributes = try Fixtures.ann().attributes
            attributes[name] = nil
            #expect(throws: MeetingRecordError.missingAttribute(name)) { try Meeting(attributes: attributes) }
        }
        var attributes = try Fixtures.ann().attributes
        attributes["createdBy"] = "lex"
        #expect(try Meeting(attributes: attributes) == Fixtures.ann())
    }

    @Test("JSON that is not a record is a decoding error, not a crash")
    func badJSON() {
        for json in [#"{"meetingId":"x"}"#, #"{"duration":60}"#, "[]", #""x""#] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(Meeting.self, from: Data(json.utf8)) }
        }
    }
}
