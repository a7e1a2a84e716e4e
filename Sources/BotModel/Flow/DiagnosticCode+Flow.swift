import LexConditions
import MeetyDiagnostics

extension DiagnosticCode {
    /// A next step naming a slot or intent that does not exist.
    public static let undefinedNextStepTarget = DiagnosticCode(
        "undefined-next-step-target",
        summary:
            "A next step elicits a slot, starts an intent or sets a slot that does not exist (with a did-you-mean hint)."
    )
    /// A next step eliciting an optional slot.
    public static let optionalSlotNextStep = DiagnosticCode(
        "optional-slot-next-step",
        summary: "A next step elicits an optional slot, which Lex does not allow (only a code hook can elicit one)."
    )
    /// A next step whose action cannot run where it is written.
    public static let misplacedNextStep = DiagnosticCode(
        "misplaced-next-step",
        summary:
            "A next step uses an action that cannot run where it is written: InvokeDialogCodeHook without a step "
            + "hook, EvaluateConditional without branches or inside a branch, ConfirmIntent without a confirmation."
    )
    /// A branch that can never be taken.
    public static let unreachableBranch = DiagnosticCode(
        "unreachable-branch",
        summary:
            "A branch can never be taken: an earlier branch is always taken or has the same condition, its own "
            + "condition can never hold, or the next step skips the branches (a warning)."
    )
    /// Intents starting each other without a user turn.
    public static let startIntentCycle = DiagnosticCode(
        "start-intent-cycle",
        summary:
            "Intents start each other in a cycle Lex can follow without waiting for the user (an error; a warning "
            + "when a condition, a default value or a code hook's outcome may break the cycle)."
    )
    /// A default slot value that cannot be one.
    public static let invalidDefaultValue = DiagnosticCode(
        "invalid-default-value",
        summary:
            "A slot's default value is empty, longer than 202 characters, one of more than 10, or a constant that "
            + "is not a value of the slot's type."
    )
    /// A step code hook no next step calls.
    public static let unusedCodeHook = DiagnosticCode(
        "unused-code-hook",
        summary: "A step declares a code hook that no next step of that step invokes (a warning)."
    )
    /// A step or elicitation hook on an intent without the dialog hook.
    public static let stepHookWithoutDialogHook = DiagnosticCode(
        "step-hook-without-dialog-hook",
        summary:
            "A step code hook or elicitation hook is on, but its intent does not enable dialogHook, so Lex never "
            + "calls it (a warning)."
    )
    /// Contexts or multi-valued slots outside en_US.
    public static let enUSOnlyFeature = DiagnosticCode(
        "en-us-only-feature",
        summary: "An intent uses contexts, or a slot takes multiple values, in a locale other than en_US."
    )
    /// Multiple values where a slot cannot take them.
    public static let invalidMultipleValues = DiagnosticCode(
        "invalid-multiple-values",
        summary:
            "A slot with a built-in type takes multiple values (Lex allows it for custom types only), or a next "
            + "step or default gives a list to a slot that takes one value."
    )

    /// The codes of the conversation-flow rules, part of `botCodes`.
    public static let flowCodes: [DiagnosticCode] = [
        .undefinedNextStepTarget, .optionalSlotNextStep, .misplacedNextStep, .unreachableBranch, .startIntentCycle,
        .invalidDefaultValue, .unusedCodeHook, .stepHookWithoutDialogHook, .enUSOnlyFeature, .invalidMultipleValues,
    ]

    /// Every code the bot validation rules report: the bot codes, and the condition codes of
    /// `LexConditions`, which the rules about conditional branches report unchanged so a condition
    /// problem has one code wherever the condition is read.
    public static let botRuleCodes: [DiagnosticCode] = botCodes + conditionCodes
}
