import MeetingRecords
import MeetyDiagnostics

/// A set of record fields with required values: `{attendeeName: Alice, date: 2026-11-23}`.
///
/// One type serves every place a script describes records by some of their fields: the target of
/// `approve:` / `reject:`, the entries of `expect.meetings.created` and the selectors of
/// `expect.meetings.absent`. A record matches when every listed field has exactly the listed text;
/// unlisted fields are not compared.
public struct MeetingSelector: Sendable, Hashable, CustomStringConvertible {
    /// One `field: value` condition.
    public struct Condition: Sendable, Hashable {
        /// The field, with the span of its key.
        public var field: Located<MeetingField>
        /// The required text, with the span of the value.
        public var value: Located<String>

        /// Creates a condition.
        public init(field: Located<MeetingField>, value: Located<String>) {
            self.field = field
            self.value = value
        }
    }

    /// The conditions in author order (no field twice).
    public var conditions: [Condition]
    /// The span of the selector's mapping.
    public var span: SourceSpan

    /// Creates a selector.
    public init(conditions: [Condition], span: SourceSpan) {
        self.conditions = conditions
        self.span = span
    }

    /// The required text for `field`, if the selector lists it.
    public subscript(field: MeetingField) -> String? {
        conditions.first { $0.field.value == field }?.value.value
    }

    /// Whether a record matches: every listed field's value equals the record's text exactly.
    /// - Parameter value: The record's text for a field (`nil` when the record lacks it, which
    ///   never matches a listed field).
    public func matches(_ value: (MeetingField) -> String?) -> Bool {
        conditions.allSatisfy { value($0.field.value) == $0.value.value }
    }

    /// `{field: value, ...}` in author order, for failure messages.
    public var description: String {
        "{" + conditions.map { "\($0.field.value.rawValue): \($0.value.value)" }.joined(separator: ", ") + "}"
    }
}
