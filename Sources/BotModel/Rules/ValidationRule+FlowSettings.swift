import MeetyDiagnostics

extension ValidationRule {
    /// Every step code hook is invoked by some next step of its step (a warning otherwise): Lex
    /// calls a step's hook only when the step's next step, or one of its branches, is
    /// `InvokeDialogCodeHook`. Writing `hook:` makes that the step's next step unless `then` or
    /// `branches` say otherwise.
    public static let stepHooksAreInvoked = ValidationRule("stepHooksAreInvoked", code: .unusedCodeHook) { bot, bag in
        for site in bot.flowIntents {
            for (owner, hook) in site.intent.stepHooks {
                let invoked = site.points.contains { point in
                    guard point.kind.hookOwner == owner else { return false }
                    if point.next?.action == .invokeDialogCodeHook { return true }
                    return point.writtenSteps.contains { $0.step.action.value == .invokeDialogCodeHook }
                }
                guard !invoked else { continue }
                bag.warning(
                    .unusedCodeHook,
                    "the code hook of \(owner.description) of intent '\(site.intent.name.value)' is never invoked: "
                        + "no next step of \(owner.description) is InvokeDialogCodeHook",
                    at: hook.span)
            }
        }
    }

    /// Step and elicitation code hooks are on only in intents that enable `dialogHook` (a warning
    /// otherwise): Lex calls them only for intents that use a Lambda function for initialization
    /// and validation (`dialogCodeHook.enabled`).
    public static let stepHooksHaveADialogHook = ValidationRule(
        "stepHooksHaveADialogHook",
        code: .stepHookWithoutDialogHook
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents where !intent.usesDialogHook {
                let tail = "intent '\(intent.name.value)' does not enable dialogHook, so Lex never calls it"
                for (owner, hook) in intent.stepHooks where hook.invokes {
                    bag.warning(
                        .stepHookWithoutDialogHook, "the code hook of \(owner.description) is on, but \(tail)",
                        at: hook.span)
                }
                var elicitationHooks = intent.slots.compactMap { slot in
                    slot.elicitationHook.map { ("slot '\(slot.name.value)'", $0) }
                }
                if let hook = intent.confirmation?.elicitationHook {
                    elicitationHooks.append(("the confirmation", hook))
                }
                for (owner, hook) in elicitationHooks where hook.invoke.value {
                    bag.warning(
                        .stepHookWithoutDialogHook, "the elicitation hook of \(owner) is on, but \(tail)",
                        at: hook.span)
                }
            }
        }
    }

    /// Contexts and multi-valued slots are used only in en_US, the one locale where Lex offers them
    /// ("You can only use context in the English (US) (en-US) locale"; "Multi-value slots are only
    /// available in the en-US locale").
    public static let contextsAndListsAreInEnUS = ValidationRule(
        "contextsAndListsAreInEnUS",
        code: .enUSOnlyFeature
    ) { bot, bag in
        for locale in bot.locales where locale.id.value != "en_US" {
            let placement = "locale '\(locale.id.value)'; Lex offers them only in en_US"
            for intent in locale.intents {
                if let first = intent.inputContexts.first ?? intent.outputContexts.first?.name {
                    bag.error(
                        .enUSOnlyFeature, "intent '\(intent.name.value)' uses contexts in \(placement)", at: first.span)
                }
                for slot in intent.slots {
                    guard let flag = slot.multipleValues, flag.value else { continue }
                    bag.error(
                        .enUSOnlyFeature,
                        "slot '\(slot.name.value)' of intent '\(intent.name.value)' takes multiple values in \(placement)",
                        at: flag.span)
                }
            }
        }
    }

    /// Only slots of custom types take multiple values ("You can only mark slots with custom slot
    /// types as multi-value slots"), and next steps set a list only on a slot that takes multiple
    /// values.
    public static let multipleValuesUseCustomTypes = ValidationRule(
        "multipleValuesUseCustomTypes",
        code: .invalidMultipleValues
    ) { bot, bag in
        for locale in bot.locales {
            for intent in locale.intents {
                for slot in intent.slots where slot.isMultiValued && slot.type.value.hasPrefix("AMAZON.") {
                    bag.error(
                        .invalidMultipleValues,
                        "slot '\(slot.name.value)' of intent '\(intent.name.value)' takes multiple values, but its "
                            + "type '\(slot.type.value)' is built in; Lex allows multiple values for custom slot "
                            + "types only",
                        at: slot.multipleValues?.span ?? slot.span)
                }
            }
        }
        for site in bot.nextStepSites {
            for assignment in site.step.slotsToSet {
                guard case .values = assignment.value,
                    let slot = site.targetIntent?.slots.first(where: { $0.name.value == assignment.name.value }),
                    !slot.isMultiValued
                else { continue }
                bag.error(
                    .invalidMultipleValues,
                    "\(site.subject) sets a list on slot '\(slot.name.value)', which takes one value; add "
                        + "'multipleValues: true' to the slot or set one value",
                    at: assignment.span)
            }
        }
    }
}
