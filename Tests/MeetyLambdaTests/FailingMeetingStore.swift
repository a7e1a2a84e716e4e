import CodeHooks
import LexFacts
import MeetingRecords
import MeetyLambda

/// A store whose backend is down: reads fail unless `readsWork` (then it is empty), writes always
/// fail. It counts attempted inserts, so tests can show the hook tried to write at most once.
actor FailingMeetingStore: MeetingStore {
    let readsWork: Bool
    private(set) var insertAttempts = 0

    init(readsWork: Bool) {
        self.readsWork = readsWork
    }

    func meeting(id meetingId: String) throws(MeetingStoreError) -> Meeting? {
        guard readsWork else { throw .unavailable("reads are down") }
        return nil
    }

    func meetings(status: MeetingStatus, on date: CalendarDate) throws(MeetingStoreError) -> [Meeting] {
        guard readsWork else { throw .unavailable("reads are down") }
        return []
    }

    func insertIfFree(_ meeting: Meeting) throws(MeetingStoreError) -> InsertOutcome {
        insertAttempts += 1
        throw .unavailable("transaction cancelled")
    }

    func approve(meetingId: String) throws(MeetingStoreError) -> Meeting {
        throw .unavailable("writes are down")
    }

    func reject(meetingId: String) throws(MeetingStoreError) -> Meeting {
        throw .unavailable("writes are down")
    }

    func allMeetings() throws(MeetingStoreError) -> [Meeting] {
        guard readsWork else { throw .unavailable("reads are down") }
        return []
    }
}
