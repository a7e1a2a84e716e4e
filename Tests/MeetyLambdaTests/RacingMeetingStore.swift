import CodeHooks
import LexFacts
import MeetingRecords
import MeetyLambda

/// A store where another session books `interloper` between the hook's conflict check and its
/// insert: the race the atomic insert-if-free exists for.
actor RacingMeetingStore: MeetingStore {
    let inner: InMemoryMeetingStore
    private var interloper: Meeting?

    init(meetings: [Meeting], interloper: Meeting) throws {
        inner = try InMemoryMeetingStore(meetings: meetings)
        self.interloper = interloper
    }

    func meeting(id meetingId: String) async throws(MeetingStoreError) -> Meeting? {
        try await inner.meeting(id: meetingId)
    }

    func meetings(status: MeetingStatus, on date: CalendarDate) async throws(MeetingStoreError) -> [Meeting] {
        try await inner.meetings(status: status, on: date)
    }

    func insertIfFree(_ meeting: Meeting) async throws(MeetingStoreError) -> InsertOutcome {
        if let interloper {
            self.interloper = nil
            _ = try await inner.insertIfFree(interloper)
        }
        return try await inner.insertIfFree(meeting)
    }

    func approve(meetingId: String) async throws(MeetingStoreError) -> Meeting {
        try await inner.approve(meetingId: meetingId)
    }

    func reject(meetingId: String) async throws(MeetingStoreError) -> Meeting {
        try await inner.reject(meetingId: meetingId)
    }

    func allMeetings() async throws(MeetingStoreError) -> [Meeting] {
        try await inner.allMeetings()
    }
}
