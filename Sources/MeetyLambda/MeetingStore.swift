import CodeHooks
import LexFacts
import MeetingRecords

/// The Meetings table as the LexLambda and the admin use it.
///
/// The operations follow the DynamoDB table's access patterns, so a DynamoDB implementation can
/// provide the same contract: a get by the hash key `meetingId`, a query of the `StatusIndex` GSI
/// (hash `status`, range `date`), and writes keyed by `meetingId`.
///
/// The contract every implementation keeps:
/// - **Atomic insert-if-free.** `insertIfFree` checks the request against the `pending` and
///   `approved` meetings of its date and writes it in one indivisible step, so two sessions can
///   never both book an overlapping slot. A DynamoDB store does this with one
///   `TransactWriteItems`: an update of a per-day version item (`meetingId = "#day#<date>"`)
///   conditioned on the version read before the check, which bumps it, and a `Put` with
///   `attribute_not_exists(meetingId)`; a cancelled transaction means another writer won, and the
///   store re-reads and retries.
/// - **No half-writes.** When an operation throws, nothing was changed.
/// - **Status changes keep the invariant.** Only `approve` can make a meeting active again, and it
///   refuses when that would overlap another active meeting; in a DynamoDB store, making a meeting
///   active again also bumps its day's version item.
/// - Lists are sorted by date, start, end and `meetingId`, so results are deterministic.
public protocol MeetingStore: Sendable {
    /// The record with this `meetingId`, or `nil` (GetItem).
    func meeting(id meetingId: String) async throws(MeetingStoreError) -> Meeting?

    /// The records with this status on this date, sorted by start (a StatusIndex query).
    func meetings(status: MeetingStatus, on date: CalendarDate) async throws(MeetingStoreError) -> [Meeting]

    /// Stores `meeting` unless it overlaps a `pending` or `approved` meeting on its date; checks
    /// and writes atomically. A `rejected` record blocks nothing and is stored without a check.
    /// - Returns: `.inserted` with the stored record, or `.conflict` with the overlapping meetings
    ///   (nothing written).
    /// - Throws: `.duplicateMeetingId` if the id exists, `.unavailable` on backend failure.
    func insertIfFree(_ meeting: Meeting) async throws(MeetingStoreError) -> InsertOutcome

    /// Marks a meeting `approved` (the admin's PUT /status). Approving an approved meeting changes
    /// nothing; approving a rejected one re-checks its slot.
    /// - Throws: `.notFound`, `.conflict` when a rejected meeting's slot was taken since, or
    ///   `.unavailable`.
    @discardableResult
    func approve(meetingId: String) async throws(MeetingStoreError) -> Meeting

    /// Marks a meeting `rejected`, freeing its slot. Rejecting a rejected meeting changes nothing.
    /// - Throws: `.notFound` or `.unavailable`.
    @discardableResult
    func reject(meetingId: String) async throws(MeetingStoreError) -> Meeting

    /// Every record, sorted (a Scan): for test assertions and admin listings, not for the hooks.
    func allMeetings() async throws(MeetingStoreError) -> [Meeting]

    /// The `pending` and `approved` meetings of a date, sorted by start: what a new booking must
    /// not overlap. Every dialog hook call asks this; a store that can answer it in one step
    /// implements it, others get the default (two `StatusIndex` queries).
    func activeMeetings(on date: CalendarDate) async throws(MeetingStoreError) -> [Meeting]
}

extension MeetingStore {
    /// The meetings that block slots on `date` (`pending` and `approved`), sorted: what the booking
    /// rules check a request against. Two StatusIndex queries.
    public func activeMeetings(on date: CalendarDate) async throws(MeetingStoreError) -> [Meeting] {
        let pending = try await meetings(status: .pending, on: date)
        let approved = try await meetings(status: .approved, on: date)
        return (pending + approved).sorted(by: Meeting.storeOrder)
    }
}
