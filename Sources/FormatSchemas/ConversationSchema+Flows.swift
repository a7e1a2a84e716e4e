import Conversations
import LexModel

/// The parts of the conversation schema that check conversation flows: clock steps (`wait:`,
/// `clock:`) and a turn's `hooks:` and `contexts:` expectations.
extension ConversationSchema {
    /// A length of time: whole numbers with units d, h, m, s in that order (`90s`, `1h30m`).
    static let waitPattern = "^(?=[0-9])([0-9]{1,9}d)?([0-9]{1,9}h)?([0-9]{1,9}m)?([0-9]{1,9}s)?$"

    /// Defines `waitStep` and `clockStep` and returns references to them, for the step alternatives.
    static func clockSteps(_ builder: inout SchemaBuilder) -> [JSONValue] {
        let days = ConversationFormatKeys.maxWaitSeconds / 86_400
        let values: [String: JSONValue] = [
            "wait": Schema.string(
                "Moves the clock forward: whole numbers with units d, h, m, s in that order, such as 90s, 10m, "
                    + "1h30m or 2d (more than nothing, at most \(days)d).",
                pattern: waitPattern),
            "clock": Schema.string(
                "Sets the clock to a later time, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS.",
                pattern: "^" + datePattern + "T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"),
        ]
        return ConversationFormatKeys.clockSteps.map { key in
            let name = key + "Step"
            builder.define(
                name,
                .object([
                    "type": .string("object"),
                    "description": .string("A clock step: '\(key)' is the step's only key."),
                    "properties": .object([key: values[key] ?? Schema.text("The value.")]),
                    "required": .array([.string(key)]),
                    "additionalProperties": .bool(false),
                ]))
            return Schema.ref(name)
        }
    }

    static func flows(_ builder: inout SchemaBuilder) {
        let source = Schema.oneWord("Who called the hook.", ["DialogCodeHook", "FulfillmentCodeHook"])
        builder.mapping(
            "hookCall", "A code hook call with the invocation label the step configures.", required: ["source"],
            properties: [
                "source": source,
                "label": Schema.text("The invocation label the call carries.", minLength: 1),
            ])
        builder.define(
            "hookCallItem",
            Schema.oneOf("A code hook call: its source, or {source, label}.", [source, Schema.ref("hookCall")]))
        let optionalText = Schema.oneOf(
            "A value, or null for absent.", [Schema.null, Schema.text("The value.")])
        builder.mapping(
            "context", "An active context and what must be left of it; keys not given are not checked.",
            properties: [
                "turns": Schema.integer("Turns left before the context ends.", 0...20),
                "seconds": Schema.integer("Seconds left before the context ends.", 0...86_400),
                "attributes": Schema.map("Context attribute → value, or null for absent.", optionalText),
            ])
        builder.define(
            "contextExpectation",
            Schema.oneOf(
                "A list of names (exactly these are active; [] for none), or a mapping of names to null (not "
                    + "active) or to what must be left of an active context.",
                [
                    Schema.list("The active contexts, in any order.", Schema.text("A context name.", minLength: 1)),
                    Schema.map(
                        "Context name → null (not active) or what must be left of it.",
                        Schema.oneOf("Not active, or active with these values.", [Schema.null, Schema.ref("context")])),
                ]))
    }
}
