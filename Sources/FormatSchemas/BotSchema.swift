import BotModel
import LexFacts
import LexModel

/// The JSON Schema of the bot format (docs/bot-format.md), built from the decoder's key tables
/// (`BotFormatKeys`): every key with its type, enum, pattern and limit, and the description from the
/// format's reference, so editors complete keys and flag mistakes before `meety-bot validate` runs.
///
/// An empty value (`key:`, `~`, `null`) is "not given" in the bot format, so optional keys accept
/// null; required keys do not.
enum BotSchema {
    static let namePattern = "^([0-9a-zA-Z][_-]?){1,100}$"

    static func build() -> FormatSchema {
        var builder = SchemaBuilder(tables: BotFormatKeys.tables)
        shared(&builder)
        bot(&builder)
        slotTypes(&builder)
        intents(&builder)
        flows(&builder)
        return builder.document(
            title: "meety-bot bot definition",
            description: "An Amazon Lex V2 bot written for meety-bot (docs/bot-format.md): its locales, slot types, "
                + "intents, slots, utterances, messages and conversation flows.",
            root: Schema.ref("bot"))
    }

    /// `schema`, or null meaning "not given".
    static func optional(_ schema: JSONValue, _ description: String) -> JSONValue {
        Schema.orNull(schema, description)
    }

    private static func shared(_ builder: inout SchemaBuilder) {
        builder.define(
            "name",
            Schema.text(
                "A Lex name: ASCII letters and digits with single '_' or '-' between them, 1 to 100 characters.",
                pattern: namePattern))
        builder.define("description", Schema.text("A description of up to 2,000 characters.", maxLength: 2000))
        let messageText = Schema.text(
            "A text of 1 to 1,000 characters; {Slot} is replaced by a slot's value, [attribute] by a session attribute.",
            minLength: 1, maxLength: 1000)
        builder.define(
            "message",
            Schema.oneOf(
                "A message: one text, or a list of 1 to 3 texts (the message and its variations).",
                [
                    messageText,
                    Schema.list("The message and up to two variations.", messageText, minItems: 1, maxItems: 3),
                ]))
        builder.define(
            "utterance",
            Schema.text(
                "A sample utterance of 1 to 500 characters; {Slot} names a slot of the intent. Quote it when it starts with {.",
                minLength: 1, maxLength: 500))
        builder.define(
            "utterances",
            Schema.list("Sample utterances.", Schema.ref("utterance"), maxItems: 1500))
    }

    private static func bot(_ builder: inout SchemaBuilder) {
        builder.mapping(
            "bot", "The bot (the root of a bot file).", required: ["name", "locales"],
            properties: [
                "name": Schema.ref("name", "The bot's name (Lex name pattern)."),
                "description": optional(Schema.ref("description"), "Up to 2,000 characters."),
                "idleSessionTTL": optional(
                    Schema.integer(
                        "Seconds a session stays alive without input (idleSessionTTLInSeconds).", 60...86_400),
                    "Seconds a session stays alive without input, 60 to 86,400; default 300."),
                "childDirected": optional(
                    Schema.boolean("Whether the bot is directed at children under 13 (COPPA)."),
                    "Whether the bot is directed at children under 13 (COPPA); default false."),
                "codeHook": optional(
                    Schema.oneOf(
                        "The code hook the simulator calls for intents with hooks.",
                        [codeHookSpec, Schema.ref("codeHook")]),
                    "The code hook behind the intents' hook switches when the bot runs in meety-bot test and chat: "
                        + "meety, none, python:FILE.py[:FUNCTION], node:FILE.js[:EXPORT], exec:COMMAND or an Invoke API URL."
                ),
                "locales": Schema.map(
                    "Locale id → locale; at least one.", Schema.ref("locale"),
                    names: Schema.oneWord("A Lex V2 locale id (note the underscore: en_US).", LexLocale.ids),
                    minProperties: 1),
            ])
        builder.mapping(
            "codeHook", "A code hook with environment values for a hook in its own process.", required: ["spec"],
            properties: [
                "spec": codeHookSpec,
                "env": optional(
                    Schema.map(
                        "Environment variables of the hook's process.", Schema.text("The variable's value."),
                        names: Schema.string("An environment variable name.", pattern: "^[A-Za-z_][A-Za-z0-9_]*$")),
                    "Environment variables of the hook's process."),
            ])
        builder.mapping(
            "locale", "A locale of the bot: its settings, slot types and intents.", required: ["intents"],
            properties: [
                "description": optional(Schema.ref("description"), "Up to 2,000 characters."),
                "confidenceThreshold": optional(
                    Schema.number("NLU confidence threshold: below it the fallback intent wins.", 0...1),
                    "NLU confidence threshold, 0 to 1; default 0.4."),
                "voice": optional(
                    Schema.oneOf(
                        "A Polly voice id (Ivy), or {id, engine}.",
                        [Schema.text("A Polly voice id such as Ivy."), Schema.ref("voice")]),
                    "A Polly voice id (Ivy), or {id: Ivy, engine: neural}."),
                "slotTypes": optional(
                    Schema.map(
                        "Slot type name → slot type.", Schema.ref("slotType"), names: Schema.ref("name")),
                    "Slot type name → slot type."),
                "intents": Schema.map(
                    "Intent name → intent; exactly one has parent AMAZON.FallbackIntent.", Schema.ref("intent"),
                    names: Schema.ref("name")),
            ])
        builder.mapping(
            "voice", "A Polly voice with its engine.", required: ["id"],
            properties: [
                "id": Schema.text("The voice id, such as Ivy."),
                "engine": optional(
                    Schema.oneWord("The Polly engine.", BotFormatKeys.voiceEngines), "The Polly engine."),
            ])
    }

    /// The forms of a code-hook spec.
    static let codeHookSpec = Schema.string(
        "meety (the built-in MeetyBot LexLambda), none, python:FILE.py[:FUNCTION], node:FILE.js|.mjs|.cjs[:EXPORT], "
            + "exec:COMMAND [ARGUMENT ...] or http(s)://HOST[:PORT]/2015-03-31/functions/NAME/invocations.",
        pattern: "^(meety|none|python:.+|node:.+|exec:.+|https?://.+)$")

    private static func slotTypes(_ builder: inout SchemaBuilder) {
        let valueText = Schema.text("A value or synonym of 1 to 140 characters.", minLength: 1, maxLength: 140)
        builder.mapping(
            "slotType",
            "A custom slot type: a values type (values, resolution) or a regex type (regex).",
            properties: [
                "description": optional(Schema.ref("description"), "Up to 2,000 characters."),
                "resolution": optional(
                    Schema.oneWord(
                        "original = ORIGINAL_VALUE (other text is accepted as said), top = TOP_RESOLUTION (only listed values).",
                        ["original", "top"]),
                    "original (default) or top."),
                "values": Schema.list(
                    "The values: each a text, or {value, synonyms}.",
                    Schema.oneOf("A value.", [valueText, Schema.ref("slotTypeValue")]), minItems: 1, maxItems: 10_000),
                "regex": Schema.text(
                    "A regex slot type's pattern (1 to 300 characters; letters, digits, \\uXXXX, classes, groups, |, ? and "
                        + "bounded repeats); compiled to parent AMAZON.AlphaNumeric.",
                    minLength: 1, maxLength: 300),
            ],
            extra: [
                "oneOf": .array([
                    .object(["required": .array([.string("regex")])]),
                    .object(["required": .array([.string("values")])]),
                ]),
                "dependentSchemas": .object([
                    "regex": .object(["properties": .object(["values": .bool(false), "resolution": .bool(false)])])
                ]),
            ])
        builder.mapping(
            "slotTypeValue", "A value with its synonyms, each of which resolves to it.", required: ["value"],
            properties: [
                "value": valueText,
                "synonyms": optional(Schema.list("Synonyms of the value.", valueText), "Synonyms of the value."),
            ])
    }
}
