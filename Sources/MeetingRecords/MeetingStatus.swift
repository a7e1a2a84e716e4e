/// The approval state of a meeting request: the `status` attribute of a Meetings record, as the
/// hooks store it and scripts write it in records, selectors and counts.
public enum MeetingStatus: String, Codable, Sendable, CaseIterable, Hashable, CustomStringConvertible {
    /// Requested through the bot, waiting for an admin.
    case pending
    /// Approved by an admin.
    case approved
    /// Rejected by an admin.
    case rejected

    /// The stored text.
    public var description: String { rawValue }
}
