import CodeHooks
import LexFacts
import MeetingRecords

/// The embedded Meetings store: what the offline simulator and the tests book into.
///
/// An actor, so each operation runs alone and `insertIfFree`'s check and write are one atomic
/// step however many sessions book at once. Records are kept by `meetingId` with an index of ids
/// per date, mirroring the table's key and the date part of the StatusIndex.
public actor InMemoryMeetingStore: MeetingStore {
    private var records: [String: Meeting] = [:]
    private var idsByDate: [CalendarDate: Set<String>] = [:]

    /// Creates a store holding `meetings` exactly as given: the state a conversation starts from.
    /// Seeded records are not checked against each other (an admin may have approved overlaps).
    /// - Throws: `.duplicateMeetingId` when two records share an id.
    public init(meetings: [Meeting] = []) throws(MeetingStoreError) {
        for meeting in meetings {
            guard records[meeting.meetingId] == nil else { throw .duplicateMeetingId(meeting.meetingId) }
            records[meeting.meetingId] = meeting
            idsByDate[meeting.date, default: []].insert(meeting.meetingId)
        }
    }

    /// The record with this id, or `nil`.
    public func meeting(id meetingId: String) -> Meeting? {
        records[meetingId]
    }

    /// The records with this status on this date, sorted by start.
    public func meetings(status: MeetingStatus, on date: CalendarDate) -> [Meeting] {
        onDate(date).filter { $0.status == status }
    }

    /// The pending and approved meetings of a date, sorted by start, in one step.
    public func activeMeetings(on date: CalendarDate) -> [Meeting] {
        onDate(date).filter(\.isActive)
    }

    /// Checks `meeting` against the active meetings of its date and stores it if none overlaps.
    /// Nothing can run between the check and the write: the actor executes this synchronously.
    public func insertIfFree(_ meeting: Meeting) throws(MeetingStoreError) -> InsertOutcome {
        guard records[meeting.meetingId] == nil else { throw .duplicateMeetingId(meeting.meetingId) }
        if meeting.isActive {
            let clashes = clashes(of: meeting)
            guard clashes.isEmpty else { return .conflict(clashes) }
        }
        records[meeting.meetingId] = meeting
        idsByDate[meeting.date, default: []].insert(meeting.meetingId)
        return .inserted(meeting)
    }

    /// Marks a meeting approved; a rejected meeting is re-checked against its day first.
    @discardableResult
    public func approve(meetingId: String) throws(MeetingStoreError) -> Meeting {
        guard var meeting = records[meetingId] else { throw .notFound(meetingId: meetingId) }
        if meeting.status == .rejected {
            let clashes = clashes(of: meeting)
            guard clashes.isEmpty else { throw .conflict(meetingId: meetingId, with: clashes) }
        }
        meeting.status = .approved
        records[meetingId] = meeting
        return meeting
    }

    /// Marks a meeting rejected, freeing its slot.
    @discardableResult
    public func reject(meetingId: String) throws(MeetingStoreError) -> Meeting {
        guard var meeting = records[meetingId] else { throw .notFound(meetingId: meetingId) }
        meeting.status = .rejected
        records[meetingId] = meeting
        return meeting
    }

    /// Every record, sorted by date, start, end and id.
    public func allMeetings() -> [Meeting] {
        records.values.sorted(by: Meeting.storeOrder)
    }

    private func onDate(_ date: CalendarDate) -> [Meeting] {
        (idsByDate[date] ?? []).compactMap { records[$0] }.sorted(by: Meeting.storeOrder)
    }

    private func clashes(of meeting: Meeting) -> [Meeting] {
        onDate(meeting.date).filter {
            $0.isActive && $0.meetingId != meeting.meetingId && $0.interval.overlaps(meeting.interval)
        }
    }
}
