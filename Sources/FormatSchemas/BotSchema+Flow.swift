import BotModel
import LexModel

/// The conversation-flow part of the bot schema: outcomes, next steps, branches and step hooks
/// (docs/bot-format.md, "Conversation flows").
extension BotSchema {
    /// The dialog actions a next step names; ElicitSlot and StartIntent take a target.
    static let actionPattern =
        "^[ \\t]*((ElicitSlot|StartIntent)[ \\t]+[^ \\t]+|ConfirmIntent|FulfillIntent|CloseIntent|EvaluateConditional"
        + "|InvokeDialogCodeHook|ElicitIntent|EndConversation)[ \\t]*$"

    static func flows(_ builder: inout SchemaBuilder) {
        builder.define(
            "messageOrOutcome",
            Schema.oneOf(
                "A message alone (say it, then the step's usual next step), or an outcome.",
                [Schema.ref("message"), Schema.ref("outcome")]))
        let continuation: [String: JSONValue] = [
            "say": optional(Schema.ref("message"), "The response."),
            "then": optional(Schema.ref("nextStep"), "Where the dialog goes."),
            "branches": optional(
                Schema.list(
                    "Conditional branches, tried in order; the first whose condition is true is taken.",
                    Schema.ref("branch"), minItems: 1, maxItems: BotFormatKeys.maximumBranches),
                "Conditional branches, 1 to 4, tried in order."),
            "else": optional(
                Schema.oneOf(
                    "The default branch, taken when no branch's condition is true.",
                    [Schema.ref("message"), Schema.ref("defaultBranch")]),
                "The default branch, taken when no branch's condition is true; needs branches."),
        ]
        let needsBranches: JSONValue = .object(["else": .array([.string("branches")])])
        builder.mapping(
            "outcome", "A point of the flow: what Lex says and where it goes next.", properties: continuation,
            extra: ["dependentRequired": needsBranches])
        var initial = continuation
        initial["hook"] = optional(Schema.ref("stepHookSetting"), "The initial response's dialog code hook.")
        builder.mapping(
            "initialResponse", "The initial response: an outcome with the step's code hook.", properties: initial,
            extra: ["dependentRequired": needsBranches])
        builder.mapping(
            "branch", "A conditional branch.", required: ["name", "if", "then"],
            properties: [
                "name": Schema.ref("name", "The branch name (Lex name pattern)."),
                "if": Schema.text(
                    "A Lex condition expression (docs/conditions.md), at most 1,024 characters; quote it when it starts "
                        + "with { or [.",
                    maxLength: BotFormatKeys.maximumConditionLength),
                "say": optional(Schema.ref("message"), "Said when the branch is taken."),
                "then": Schema.ref("nextStep", "Where the dialog goes when the branch is taken."),
            ])
        builder.mapping(
            "defaultBranch", "The default branch.",
            properties: [
                "say": optional(Schema.ref("message"), "Said when no branch is taken."),
                "then": optional(Schema.ref("nextStep"), "Where the dialog goes when no branch is taken."),
            ])
        let action = Schema.string(
            "A dialog action: ElicitSlot <slot>, StartIntent <intent>, ConfirmIntent, FulfillIntent, CloseIntent, "
                + "EvaluateConditional, InvokeDialogCodeHook, ElicitIntent or EndConversation.",
            pattern: actionPattern)
        builder.define(
            "nextStep",
            Schema.oneOf(
                "A next step: a dialog action, or {action, ...} with settings.",
                [action, Schema.ref("nextStepSettings")]))
        builder.mapping(
            "nextStep", "A next step with settings applied before the action.", definition: "nextStepSettings",
            required: ["action"],
            properties: [
                "action": action,
                "intent": optional(
                    Schema.text("With ElicitSlot: the other intent whose slot is elicited."),
                    "With ElicitSlot: the other intent whose slot is elicited."),
                "slotsToSet": optional(
                    Schema.map(
                        "Slot → value: text, null to clear the slot, or a list for a multi-valued slot.",
                        Schema.oneOf(
                            "A value to set.",
                            [
                                Schema.null,
                                Schema.text("A value: a constant, [attribute], {Slot}, {Intent.Slot} or a $. path."),
                                Schema.list("Values of a multi-valued slot.", Schema.text("A value."), minItems: 1),
                            ])),
                    "Slot → value for the target intent."),
                "sessionAttributes": optional(
                    Schema.map("Attribute → text (\"\" for empty).", Schema.text("The attribute's value.")),
                    "Session attributes to set."),
                "suppressNextMessage": optional(
                    Schema.boolean("Skip the next step's own message."), "Skip the next step's own message."),
            ])
        hooks(&builder)
    }

    private static func hooks(_ builder: inout SchemaBuilder) {
        builder.define(
            "stepHookSetting",
            Schema.oneOf(
                "A step's dialog code hook: true (no label), false (none) or a mapping.",
                [Schema.boolean("Whether the step has a code hook."), Schema.ref("stepHook")]))
        builder.mapping(
            "stepHook", "A step's dialog code hook with its label and outcomes.",
            properties: [
                "label": optional(
                    Schema.ref("name", "The invocationLabel sent to the Lambda."),
                    "The invocationLabel sent to the Lambda."),
                "invoke": optional(
                    Schema.boolean("false: continue as if the hook succeeded without calling it."),
                    "Whether the hook is called (enableCodeHookInvocation); default true."),
                "success": optional(Schema.ref("messageOrOutcome"), "What follows when the hook succeeds."),
                "failure": optional(Schema.ref("messageOrOutcome"), "What follows when the hook fails."),
                "timeout": optional(Schema.ref("messageOrOutcome"), "What follows when the hook times out."),
            ])
        builder.define(
            "elicitationHookSetting",
            Schema.oneOf(
                "The code hook called after each elicitation attempt: true, false or {label, invoke}.",
                [Schema.boolean("Whether the hook is called."), Schema.ref("elicitationHook")]))
        builder.mapping(
            "elicitationHook", "An elicitation code hook with its label.",
            properties: [
                "label": optional(
                    Schema.ref("name", "The invocationLabel sent to the Lambda."),
                    "The invocationLabel sent to the Lambda."),
                "invoke": optional(
                    Schema.boolean("Whether the hook is called; default true."), "Whether the hook is called."),
            ])
        builder.mapping(
            "fulfillment", "What follows the fulfillment step.",
            properties: [
                "success": optional(Schema.ref("messageOrOutcome"), "What follows when fulfillment succeeds."),
                "failure": optional(Schema.ref("messageOrOutcome"), "What follows when the fulfillment hook fails."),
                "timeout": optional(
                    Schema.ref("messageOrOutcome"), "What follows when the fulfillment hook times out."),
            ])
    }
}
