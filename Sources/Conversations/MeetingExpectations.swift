import MeetingRecords
import MeetyDiagnostics

/// What the Meetings store must look like after the last step (`expect.meetings`).
///
/// Each part is optional and checked on its own, so a script states only what it cares about:
/// the records it created, records that must not exist, and counts by status over the whole store.
public struct MeetingExpectations: Sendable, Hashable {
    /// How many records of one status the store holds at the end (`count: {pending: 1}`).
    public struct StatusCount: Sendable, Hashable {
        /// The status, with the span of its key.
        public var status: Located<MeetingStatus>
        /// The required number of records, with the span of the number.
        public var count: Located<Int>

        /// Creates a count.
        public init(status: Located<MeetingStatus>, count: Located<Int>) {
            self.status = status
            self.count = count
        }
    }

    /// The records created during the script, compared as a set: the same number of records, and
    /// a one-to-one pairing in which every listed field is equal. `nil` when not checked; an
    /// empty list asserts that nothing was created. The span is the list's.
    public var created: Located<[MeetingSelector]>?
    /// Selectors that must match no record of the final store.
    public var absent: [MeetingSelector]
    /// Counts by status over the final store; statuses not listed are not checked.
    public var counts: [StatusCount]
    /// The span of the `meetings:` mapping.
    public var span: SourceSpan

    /// Creates the expectations.
    public init(
        created: Located<[MeetingSelector]>? = nil,
        absent: [MeetingSelector] = [],
        counts: [StatusCount] = [],
        span: SourceSpan
    ) {
        self.created = created
        self.absent = absent
        self.counts = counts
        self.span = span
    }
}
