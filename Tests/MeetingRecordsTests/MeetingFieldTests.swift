import MeetingRecords
import Testing

@Suite("Meetings record schema")
struct MeetingFieldTests {
    @Test("the fields are the table's attributes, in the design's order")
    func fields() {
        #expect(
            MeetingField.allCases.map(\.rawValue) == [
                "meetingId", "attendeeName", "email", "date", "startTime", "endTime", "duration", "status",
            ])
        #expect(MeetingStatus.allCases.map(\.rawValue) == ["pending", "approved", "rejected"])
    }

    @Test(
        "each field's text form",
        arguments: [
            (MeetingField.date, "2026-02-29", "is not a real date written as YYYY-MM-DD"),
            (.date, "2026-11-23", nil), (.date, "23/11/2026", "is not a real date written as YYYY-MM-DD"),
            (.startTime, "9:00", "is not a 24-hour time written as HH:MM (00:00 to 23:59)"),
            (.startTime, "24:00", "is not a 24-hour time written as HH:MM (00:00 to 23:59)"),
            (.startTime, "09:00", nil),
            (.endTime, "24:00", nil), (.endTime, "24:01", "is not a 24-hour time written as HH:MM (00:00 to 24:00)"),
            (.duration, "30", nil), (.duration, "0", "is not a whole number of minutes greater than 0"),
            (.duration, "30.0", "is not a whole number of minutes greater than 0"),
            (.status, "pending", nil), (.status, "Pending", "is not pending, approved or rejected"),
            (.attendeeName, "", "is empty"), (.meetingId, "m-1", nil),
        ] as [(MeetingField, String, String?)])
    func forms(_ field: MeetingField, _ value: String, _ problem: String?) {
        #expect(field.problem(with: value) == problem, "\(field) '\(value)'")
    }

    @Test("a record's span: the end after the start, the duration their difference")
    func spans() {
        #expect(MeetingField.spanProblem(startTime: "10:00", endTime: "11:00", duration: "60") == nil)
        #expect(MeetingField.spanProblem(startTime: "23:30", endTime: "24:00", duration: "30") == nil)
        #expect(MeetingField.spanProblem(startTime: "11:00", endTime: "10:00", duration: "60") == .endNotAfterStart)
        #expect(
            MeetingField.spanProblem(startTime: "10:00", endTime: "11:00", duration: "30")
                == .durationDisagrees(actualMinutes: 60))
        #expect(
            MeetingField.spanProblem(startTime: "10", endTime: "11:00", duration: "30") == nil, "form checked apart")
    }
}
