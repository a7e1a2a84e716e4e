import Conversations
import LexFacts
import LexModel
import MeetingRecords

/// The JSON Schema of the conversation format (docs/conversation-format.md), built from the
/// decoder's key tables (`ConversationFormatKeys`). Unlike the bot format, an empty value is an
/// error everywhere but in `slots:` and `session:` expectations, where null means "unset".
enum ConversationSchema {
    static func build() -> FormatSchema {
        var builder = SchemaBuilder(tables: ConversationFormatKeys.tables)
        script(&builder)
        turns(&builder)
        meetings(&builder)
        flows(&builder)
        let root: JSONValue = .object([
            "if": .object(["type": .string("object"), "required": .array([.string("conversations")])]),
            "then": Schema.ref("scriptList"),
            "else": Schema.ref("script"),
        ])
        return builder.document(
            title: "meety-bot conversation script",
            description: "A scripted dialog with a bot for meety-bot test (docs/conversation-format.md): one "
                + "conversation, or a list of them under 'conversations:'.",
            root: root)
    }

    /// A calendar day `YYYY-MM-DD` (29 February is accepted in every year; `meety-bot` checks leap years).
    static let datePattern =
        "[0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-9]))"

    private static func script(_ builder: inout SchemaBuilder) {
        let nonEmpty = Schema.text("Text.", minLength: 1)
        builder.mapping(
            "scriptList", "A file of several conversations; nothing else sits beside 'conversations'.",
            required: ["conversations"],
            properties: [
                "conversations": Schema.list(
                    "The conversations, each a complete script with a name unique in the file.", Schema.ref("script"),
                    minItems: 1)
            ])
        builder.mapping(
            "script",
            "A conversation: a name, the turns, and optionally its bot, locale, clock, tags, given state and expectations.",
            required: ["name", "turns"],
            properties: [
                "name": Schema.text("The script's name, used in reports, JUnit and --filter.", minLength: 1),
                "bot": Schema.text(
                    "The bot file, relative to this script's folder; default --bot, else the one file in bots/."),
                "locale": Schema.oneWord("The bot locale to talk to; default the bot's first locale.", LexLocale.ids),
                "now": Schema.string(
                    "The frozen clock, YYYY-MM-DDTHH:MM (24-hour, a real calendar day); default 2026-01-05T09:00.",
                    pattern: "^" + datePattern + "T([01][0-9]|2[0-3]):[0-5][0-9]$"),
                "tags": Schema.oneOf(
                    "A tag, or a list of tags, for --filter.",
                    [nonEmpty, Schema.list("Tags.", nonEmpty)]),
                "given": Schema.ref("given", "State before the first turn."),
                "turns": Schema.list(
                    "The steps in order: user turns and store actions (at least one).", Schema.ref("step"), minItems: 1),
                "expect": Schema.ref("expect", "What the Meetings store must hold after the last step."),
            ])
        builder.mapping(
            "given", "State before the first turn.",
            properties: [
                "session": Schema.map(
                    "Session attributes set at the start of every session of the script.",
                    Schema.text("The attribute's value.")),
                "meetings": Schema.list(
                    "Meetings records in the store before the first turn.", Schema.ref("seededMeeting")),
            ])
        builder.mapping(
            "expect", "What the store must hold after the last step.",
            properties: [
                "meetings": Schema.ref(
                    "meetingExpectations", "The Meetings records after the last step: created, absent, count.")
            ])
    }

    private static func turns(_ builder: inout SchemaBuilder) {
        var store: [JSONValue] = []
        for action in ConversationFormatKeys.storeActions {
            let name = action + "Step"
            builder.define(
                name,
                .object([
                    "type": .string("object"),
                    "description": .string("A store action: the one record the selector matches becomes \(action)d."),
                    "properties": .object([action: Schema.ref("selector", "The record to \(action).")]),
                    "required": .array([.string(action)]),
                    "additionalProperties": .bool(false),
                ]))
            store.append(Schema.ref(name))
        }
        store += clockSteps(&builder)
        builder.define(
            "step",
            .object([
                "description": .string(
                    "A user turn (user:), a store action (approve:, reject:) or a clock step (wait:, clock:)."),
                "type": .string("object"),
                "if": .object(["required": .array([.string("user")])]),
                "then": Schema.ref("userTurn"),
                "else": .object(["oneOf": .array(store)]),
            ]))
        let optionalText = Schema.oneOf(
            "A value, or null for unset / absent.", [Schema.null, Schema.text("The value.")])
        builder.mapping(
            "userTurn", "A user turn: what the user types and what the bot must answer.", required: ["user"],
            properties: [
                "user": Schema.text(
                    "What the user types, 1 to 1,024 characters.", minLength: 1,
                    maxLength: ConversationFormatKeys.maxInputLength),
                "as": Schema.text(
                    "The user: a label of 1 to 100 characters (not only white space); each label has a session of its own.",
                    minLength: 1, maxLength: 100, pattern: "\\S"),
                "bot": Schema.oneOf(
                    "The reply: exact text (messages joined by a line break), or {contains}, {matches} or {oneOf}.",
                    [Schema.text("The whole reply, exactly."), Schema.ref("reply")]),
                "intent": Schema.text("The intent that produced the reply."),
                "action": Schema.oneWord(
                    "The dialog action.", ["ElicitSlot", "ConfirmIntent", "ElicitIntent", "Close", "Delegate"]),
                "slot": Schema.text("The slot being elicited."),
                "state": Schema.oneWord(
                    "The intent state.",
                    ["InProgress", "Fulfilled", "Failed", "ReadyForFulfillment", "FulfillmentInProgress", "Waiting"]),
                "confirmation": Schema.oneWord("The confirmation state.", ["None", "Confirmed", "Denied"]),
                "slots": Schema.map("Slot → interpreted value after the turn, or null for unset.", optionalText),
                "session": Schema.map("Session attribute → value after the turn, or null for absent.", optionalText),
                "hooks": Schema.list(
                    "The code hook calls the turn made, in order ([] for none).", Schema.ref("hookCallItem")),
                "contexts": Schema.ref("contextExpectation", "The active contexts after the turn."),
            ])
        let replyText = Schema.text("A text of the reply.", minLength: 1)
        builder.mapping(
            "reply", "A loose reply check: exactly one of contains, matches, oneOf.",
            properties: [
                "contains": Schema.oneOf(
                    "Text the reply contains, or a list of texts it all contains.",
                    [replyText, Schema.list("Texts the reply contains.", replyText, minItems: 1)]),
                "matches": Schema.text("An ICU regular expression found somewhere in the reply."),
                "oneOf": Schema.list(
                    "Replies, one of which the whole reply equals.", Schema.text("A reply."), minItems: 1),
            ],
            extra: ["minProperties": .integer(1), "maxProperties": .integer(1)])
    }
}
