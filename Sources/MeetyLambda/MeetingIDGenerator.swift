/// Where new `meetingId`s come from.
///
/// Injected into the hooks so that logic never calls `UUID()`: tests and conversation scripts use
/// `SequentialMeetingIDs` and get the same ids on every run; a Lambda host uses
/// `RandomMeetingIDs`.
public protocol MeetingIDGenerator: Sendable {
    /// A fresh id, never returned before by this generator.
    func nextID() async -> String
}
