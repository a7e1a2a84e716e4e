import BotModel
import LexFacts
import LexModel

extension BotSchema {
    static func intents(_ builder: inout SchemaBuilder) {
        builder.mapping(
            "intent", "An intent: utterances, hooks, slots in elicitation order, confirmation and conversation flow.",
            properties: [
                "description": optional(Schema.ref("description"), "Up to 2,000 characters."),
                "parent": optional(
                    Schema.oneWord("A built-in intent signature.", LexBuiltIns.conversationalIntents),
                    "A built-in intent signature, such as AMAZON.FallbackIntent."),
                "utterances": optional(
                    Schema.ref("utterances"), "Sample utterances; {Slot} names a slot of this intent."),
                "dialogHook": optional(
                    Schema.boolean("Call the dialog code hook after every user input (dialogCodeHook.enabled)."),
                    "Call the dialog code hook after every user input; default false."),
                "fulfillmentHook": optional(
                    Schema.boolean(
                        "Call the fulfillment code hook when the intent is ready (fulfillmentCodeHook.enabled)."),
                    "Call the fulfillment code hook when the intent is ready; default false."),
                "slots": optional(
                    Schema.map(
                        "Slot name → slot, in elicitation order (the first has priority 1).", Schema.ref("slot"),
                        names: Schema.ref("name"), maxProperties: 100),
                    "Slot name → slot, in elicitation order."),
                "confirmation": optional(Schema.ref("confirmation"), "A yes/no question asked before fulfillment."),
                "closing": optional(
                    Schema.ref("messageOrOutcome"),
                    "Said when the intent closes; as an outcome, also where the dialog goes next."),
                "initialResponse": optional(
                    Schema.oneOf(
                        "What happens right after the intent is recognised.",
                        [Schema.ref("message"), Schema.ref("initialResponse")]),
                    "What happens right after the intent is recognised: a message, or an outcome with a hook."),
                "fulfillment": optional(
                    Schema.ref("fulfillment"), "What follows fulfillment: success, failure, timeout."),
                "inputContexts": optional(
                    Schema.oneOf(
                        "Contexts that must be active for the intent to be recognised (en_US only).",
                        [
                            Schema.text("A context name."),
                            Schema.list(
                                "Context names.", Schema.text("A context name."),
                                maxItems: BotFormatKeys.maximumInputContexts),
                        ]),
                    "Contexts that must be active for the intent to be recognised (en_US only, at most 5)."),
                "outputContexts": optional(
                    Schema.list(
                        "Contexts the intent activates when it is fulfilled (en_US only).", Schema.ref("outputContext"),
                        maxItems: BotFormatKeys.maximumOutputContexts),
                    "Contexts the intent activates when it is fulfilled (en_US only, at most 10)."),
            ])
        builder.mapping(
            "outputContext", "A context the intent activates.", required: ["name", "turns", "ttl"],
            properties: [
                "name": Schema.text("The context's name."),
                "turns": Schema.integer("How many requests the context lasts.", 1...20),
                "ttl": Schema.integer("How many seconds the context lasts.", 5...86_400),
            ])
        builder.mapping(
            "slot", "A slot of an intent.", required: ["type"],
            properties: [
                "type": Schema.text(
                    "A built-in slot type (AMAZON.Date, AMAZON.Time, ...) or a slot type of the same locale."),
                "description": optional(Schema.ref("description"), "Up to 2,000 characters."),
                "required": optional(
                    Schema.boolean(
                        "Required slots are elicited in order; optional ones only filled from utterances or by a hook."),
                    "Whether the slot is elicited; default true."),
                "prompt": optional(Schema.ref("message"), "The elicitation prompt; a required slot needs one."),
                "utterances": optional(
                    Schema.list(
                        "Slot sample utterances, each naming this slot: \"my name is {FullName}\".",
                        Schema.ref("utterance"),
                        maxItems: 10),
                    "Slot sample utterances, at most 10."),
                "retries": optional(retries, "Re-prompts after the first prompt, 0 to 5; default 2."),
                "failure": optional(
                    Schema.ref("messageOrOutcome"),
                    "Said when the retries run out; the dialog then moves to the fallback intent (an outcome can go elsewhere)."
                ),
                "captured": optional(
                    Schema.ref("messageOrOutcome"), "What is said and where the dialog goes when a value is captured."),
                "hook": optional(Schema.ref("stepHookSetting"), "The capture step's dialog code hook."),
                "elicitationHook": optional(
                    Schema.ref("elicitationHookSetting"), "The code hook called after each elicitation attempt."),
                "default": optional(
                    Schema.oneOf(
                        "Default values, tried in order before the slot is elicited.",
                        [
                            defaultValue,
                            Schema.list("Default values.", defaultValue, minItems: 1, maxItems: 10),
                        ]),
                    "Default values: [attribute], <request attribute>, #context.parameter or a constant."),
                "multipleValues": optional(
                    Schema.boolean("The slot takes a list of values (custom slot types, en_US only)."),
                    "The slot takes a list of values; default false."),
            ])
        builder.mapping(
            "confirmation", "A yes/no question asked before fulfillment.", required: ["prompt"],
            properties: [
                "prompt": Schema.ref("message", "The yes/no question."),
                "declined": optional(
                    Schema.ref("messageOrOutcome"), "Said when the user says no; the conversation then ends."),
                "failure": optional(
                    Schema.ref("messageOrOutcome"),
                    "Said when the retries run out; the dialog then moves to the fallback intent."),
                "retries": optional(retries, "Re-prompts after the first prompt, 0 to 5; default 2."),
                "confirmed": optional(
                    Schema.ref("messageOrOutcome"), "What is said and where the dialog goes when the user says yes."),
                "hook": optional(Schema.ref("stepHookSetting"), "The confirmation step's dialog code hook."),
                "elicitationHook": optional(
                    Schema.ref("elicitationHookSetting"), "The code hook called after each confirmation attempt."),
            ])
    }

    private static let retries = Schema.integer("Re-prompts after the first prompt (maxRetries).", 0...5)

    private static let defaultValue = Schema.text(
        "A default value of 1 to 202 characters: [attribute], <request attribute>, #context.parameter or a constant.",
        minLength: 1, maxLength: 202)
}
