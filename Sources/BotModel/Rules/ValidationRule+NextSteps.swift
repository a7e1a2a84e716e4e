import MeetyDiagnostics

extension ValidationRule {
    /// Every next step names things that exist: the intent `StartIntent` starts and the intent of
    /// `intent:` are intents of the locale, the slot `ElicitSlot` elicits and the slots `slotsToSet`
    /// sets are slots of the target intent (the started or named intent, else the current one).
    ///
    /// Reported at the name, inside `then: ElicitSlot MeetingTme` when written short.
    public static let nextStepsNameExistingTargets = ValidationRule(
        "nextStepsNameExistingTargets",
        code: .undefinedNextStepTarget
    ) { bot, bag in
        for site in bot.nextStepSites {
            let locale = site.site.locale
            if let intent = site.step.intent, site.site.intentsByName[intent.value] == nil {
                let hint = Suggestions.hint(for: intent.value, among: locale.intents.map(\.name.value))
                bag.error(
                    .undefinedNextStepTarget,
                    "\(site.subject) names intent '\(intent.value)', which locale '\(locale.id.value)' does not "
                        + "have\(hint)",
                    at: intent.span)
                continue
            }
            guard let target = site.targetIntent else { continue }
            let slotNames = target.slots.map(\.name.value)
            if let slot = site.step.slot, !slotNames.contains(slot.value) {
                let hint = Suggestions.hint(for: slot.value, among: slotNames)
                bag.error(
                    .undefinedNextStepTarget,
                    "\(site.subject) elicits slot '\(slot.value)', which intent '\(target.name.value)' does not "
                        + "have\(hint)",
                    at: slot.span)
            }
            for assignment in site.step.slotsToSet where !slotNames.contains(assignment.name.value) {
                let hint = Suggestions.hint(for: assignment.name.value, among: slotNames)
                bag.error(
                    .undefinedNextStepTarget,
                    "\(site.subject) sets slot '\(assignment.name.value)', which intent '\(target.name.value)' "
                        + "does not have\(hint)",
                    at: assignment.name.span)
            }
        }
    }

    /// `ElicitSlot` next steps elicit required slots: Lex does not let a next step elicit an
    /// optional slot ("Slots not required for the intent cannot be elicited using next steps");
    /// only a code hook can.
    public static let nextStepsElicitRequiredSlots = ValidationRule(
        "nextStepsElicitRequiredSlots",
        code: .optionalSlotNextStep
    ) { bot, bag in
        for site in bot.nextStepSites {
            guard let slotName = site.step.slot,
                let slot = site.targetIntent?.slots.first(where: { $0.name.value == slotName.value }),
                !slot.isRequired
            else { continue }
            bag.error(
                .optionalSlotNextStep,
                "\(site.subject) elicits optional slot '\(slotName.value)'; Lex elicits only required slots in "
                    + "next steps, so make the slot required or let a code hook elicit it",
                at: slotName.span)
        }
    }

    /// Each next step's action can run where it is written: `InvokeDialogCodeHook` calls the code
    /// hook of its own step (the initial response, the slot, the confirmation), which must have
    /// one, and cannot follow a hook, fulfillment or the closing, which have none to call;
    /// `EvaluateConditional` needs branches beside it and cannot be a branch's own next step (it
    /// would evaluate the same branches again); `ConfirmIntent` needs a confirmation.
    public static let nextStepsFitTheirStep = ValidationRule(
        "nextStepsFitTheirStep",
        code: .misplacedNextStep
    ) { bot, bag in
        for site in bot.nextStepSites {
            let action = site.step.action
            let intent = site.site.intent
            switch action.value {
            case .invokeDialogCodeHook:
                guard let owner = site.point.kind.hookOwner else {
                    bag.error(
                        .misplacedNextStep,
                        "\(site.subject) cannot invoke a code hook: \(site.point.kind.description) has no step "
                            + "code hook to call (only the initial response, a slot and the confirmation have one)",
                        at: action.span)
                    continue
                }
                if !intent.stepHooks.contains(where: { $0.owner == owner }) {
                    bag.error(
                        .misplacedNextStep,
                        "\(site.subject) invokes the code hook of \(owner.description), which has none; add "
                            + "'hook:' to \(owner.description)",
                        at: action.span)
                }
            case .evaluateConditional where site.branch != nil:
                bag.error(
                    .misplacedNextStep,
                    "\(site.subject) cannot be EvaluateConditional: it would evaluate the same branches again",
                    at: action.span)
            case .evaluateConditional where site.point.branches.isEmpty:
                bag.error(
                    .misplacedNextStep,
                    "\(site.subject) has no branches to evaluate; add 'branches' beside it",
                    at: action.span)
            case .confirmIntent where intent.confirmation == nil:
                bag.error(
                    .misplacedNextStep,
                    "\(site.subject) asks for a confirmation, but intent '\(intent.name.value)' has none; add "
                        + "'confirmation' to the intent",
                    at: action.span)
            default:
                break
            }
        }
    }
}
