/// The result of `MeetingStore.insertIfFree`: either the record was written, or nothing was
/// written because these meetings already occupy part of its slot.
///
/// A conflict is an expected answer, not an error, so it is a value the hook can turn into the
/// conflict reply without a `catch`.
public enum InsertOutcome: Sendable, Equatable {
    /// The record was stored.
    case inserted(Meeting)
    /// Nothing was stored; the `pending` or `approved` meetings of that date that overlap the
    /// request, sorted by start.
    case conflict([Meeting])
}
