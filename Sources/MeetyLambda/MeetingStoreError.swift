/// Why a `MeetingStore` operation failed.
///
/// Typed so that callers can tell a caller mistake (an unknown or duplicate id, a status change
/// that would double-book) from a failing backend, which the fulfillment hook turns into an
/// apology with nothing written.
public enum MeetingStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No record has this `meetingId` (approve or reject of an unknown meeting).
    case notFound(meetingId: String)
    /// A record with this `meetingId` already exists; ids are never overwritten.
    case duplicateMeetingId(String)
    /// Making the meeting active again would overlap these `pending` or `approved` meetings.
    case conflict(meetingId: String, with: [Meeting])
    /// The backend failed (throttling, network, a cancelled transaction that could not be retried).
    case unavailable(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .notFound(let id):
            "no meeting has meetingId '\(id)'"
        case .duplicateMeetingId(let id):
            "a meeting with meetingId '\(id)' already exists"
        case .conflict(let id, let others):
            "meeting '\(id)' overlaps \(others.map(\.description).joined(separator: ", "))"
        case .unavailable(let reason):
            "the meetings store is unavailable: \(reason)"
        }
    }
}
