import Conversations
import LexModel
import MeetingRecords

/// The Meetings records of the conversation schema: seeded records, selectors and `expect.meetings`.
extension ConversationSchema {
    /// Each record field's form, as `MeetingField.problem(with:)` checks it.
    static func fieldSchema(_ field: MeetingField) -> JSONValue {
        switch field {
        case .meetingId, .attendeeName, .email:
            return Schema.text("Any non-empty text.", minLength: 1)
        case .date:
            return Schema.string("YYYY-MM-DD, a real day.", pattern: "^" + datePattern + "$")
        case .startTime:
            return Schema.string("HH:MM, 24-hour, 00:00 to 23:59.", pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$")
        case .endTime:
            return Schema.string("HH:MM, 24-hour, 00:00 to 24:00.", pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$")
        case .duration:
            return Schema.oneOf(
                "Whole minutes greater than 0, as text: \"30\".",
                [
                    Schema.string("Whole minutes.", pattern: "^(?=[0-9]*[1-9])[0-9]{1,9}$"),
                    Schema.integer("Whole minutes.", 1...999_999_999),
                ])
        case .status:
            return Schema.oneWord("The record's status.", MeetingStatus.allCases.map(\.rawValue))
        }
    }

    static func meetings(_ builder: inout SchemaBuilder) {
        var properties: [String: JSONValue] = [:]
        for field in MeetingField.allCases { properties[field.rawValue] = fieldSchema(field) }
        let record = JSONValue.object([
            "type": .string("object"),
            "properties": .object(properties),
            "additionalProperties": .bool(false),
        ])
        builder.define(
            "seededMeeting",
            merged(
                record,
                [
                    "description": .string(
                        "A full Meetings record: every field, its duration equal to its end minus its start."),
                    "required": .array(MeetingField.allCases.map { .string($0.rawValue) }),
                ]))
        builder.define(
            "selector",
            merged(
                record,
                [
                    "description": .string(
                        "Record fields and their exact text; matches exactly one record when the step runs."),
                    "minProperties": .integer(1),
                ]))
        builder.define(
            "createdMeeting",
            merged(record, ["description": .string("Fields a created record must have; {} stands for any record.")]))
        var counts: [String: JSONValue] = [:]
        for status in MeetingStatus.allCases {
            counts[status.rawValue] = Schema.integer(
                "How many records have this status at the end.", 0...ConversationFormatKeys.maxMeetingCount)
        }
        builder.mapping(
            "meetingExpectations", "What the Meetings store holds after the last step.",
            properties: [
                "created": Schema.list(
                    "The records created during the script, as a set: same count, listed fields equal.",
                    Schema.ref("createdMeeting")),
                "absent": Schema.list(
                    "Selectors that must match no record of the final store.", Schema.ref("selector")),
                "count": .object([
                    "type": .string("object"),
                    "description": .string("The number of records of each listed status in the final store."),
                    "properties": .object(counts),
                    "additionalProperties": .bool(false),
                ]),
            ])
    }

    private static func merged(_ base: JSONValue, _ extra: [String: JSONValue]) -> JSONValue {
        var object = base.objectValue ?? [:]
        for (key, value) in extra { object[key] = value }
        return .object(object)
    }
}
