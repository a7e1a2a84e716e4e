/// The approval state of a meeting request.
public enum MeetingStatus: String, Codable, Sendable, CaseIterable {
    /// Requested through the bot, waiting for an admin.
    case pending
    /// Approved by an admin.
    case approved
    /// Rejected by an admin.
    case rejected
}
