import LexModel

/// One flow point of the source (a response, a next step, a conditional), turned into an outcome of
/// the bot format (`say`, `then`, `branches`, `else`) that compiles back to the same point.
struct ImportFlow {
    let entity: LexEntity
    /// The intent the point belongs to (next steps that name it leave it out).
    let intent: String

    /// A point as the source writes it.
    struct Point {
        var response: LexResponseSpecification?
        var next: LexDialogState?
        var conditional: LexConditionalSpecification?
    }

    /// The outcome of `point`, or `nil` when the compiler's defaults already give it.
    /// - Parameters:
    ///   - implied: the next step the bot format writes at this point when no `then` is written and
    ///     there are no branches (a step hook's `InvokeDialogCodeHook`, or the point's default).
    ///   - hookImplied: whether `implied` comes from a step hook (Lex's default path applies at the
    ///     point otherwise, so a missing next step is that default).
    ///   - messageOnly: whether a response alone may be written as a plain message.
    ///   - required: whether the point must be written even when it holds only defaults.
    func outcome(
        _ point: Point, _ setting: String, implied: String?, hookImplied: Bool = false, messageOnly: Bool,
        required: Bool = false, _ context: inout ImportContext
    ) -> YAMLOutline? {
        let messages = ImportMessages(entity: entity)
        var entries: [(String, YAMLOutline)] = []
        let say = messages.response(point.response, setting + "Response", &context)
        if let say { entries.append(("say", say)) }
        var branches: [YAMLOutline] = []
        var otherwise: [(String, YAMLOutline)] = []
        if let conditional = point.conditional {
            if conditional.isActive {
                branches = conditional.conditionalBranches.compactMap { branch($0, setting, &context) }
                let defaultBranch = conditional.defaultBranch
                if let text = messages.response(defaultBranch.response, setting + "Conditional.defaultBranch", &context)
                {
                    otherwise.append(("say", text))
                }
                if let next = defaultBranch.nextStep,
                    let then = nextStep(next, setting + "Conditional.defaultBranch.nextStep", &context)
                {
                    otherwise.append(("then", then))
                }
            } else if !conditional.conditionalBranches.isEmpty {
                context.lose(entity, setting + "Conditional", "inactive; it is not imported (Lex does not evaluate it)")
            }
        }
        let effectiveImplied = branches.isEmpty ? implied : "EvaluateConditional"
        if let next = point.next, next.dialogAction != nil {
            let plain = Self.plainText(next, intent: intent)
            if plain == nil || plain != effectiveImplied,
                let then = nextStep(next, setting + "NextStep", &context)
            {
                entries.append(("then", then))
            }
        } else if hookImplied, branches.isEmpty, let implied {
            context.lose(
                entity, setting + "NextStep", "none, beside a code hook; the bot format then writes \(implied)")
        }
        if !branches.isEmpty { entries.append(("branches", .list(branches))) }
        if !otherwise.isEmpty { entries.append(("else", .mapping(otherwise))) }
        if entries.isEmpty { return required ? .mapping([("then", .text(implied ?? "EndConversation"))]) : nil }
        if messageOnly, entries.count == 1, let say { return say }
        return .mapping(entries)
    }

    private func branch(_ branch: LexConditionalBranch, _ setting: String, _ context: inout ImportContext)
        -> YAMLOutline?
    {
        let key = "\(setting)Conditional branch '\(branch.name)'"
        guard let then = nextStep(branch.nextStep, key + ".nextStep", &context) else {
            context.lose(entity, key, "a branch without a next step the bot format can write; it is not imported")
            return nil
        }
        var entries: [(String, YAMLOutline)] = [
            ("name", .text(branch.name)), ("if", .text(branch.condition.expressionString)),
        ]
        if let say = ImportMessages(entity: entity).response(branch.response, key + ".response", &context) {
            entries.append(("say", say))
        }
        entries.append(("then", then))
        return .mapping(entries)
    }

    /// A next step: `ElicitSlot Time`, or a mapping with `action` and what it sets; `nil` after a
    /// warning when the bot format cannot write it.
    func nextStep(_ state: LexDialogState, _ setting: String, _ context: inout ImportContext) -> YAMLOutline? {
        guard let action = state.dialogAction else { return nil }
        let named = state.intent?.name.flatMap { $0.isEmpty ? nil : $0 }
        var words = action.type.rawValue
        switch action.type {
        case .elicitSlot:
            guard let slot = action.slotToElicit, !slot.isEmpty else {
                context.lose(entity, setting, "ElicitSlot names no slot; it is not imported")
                return nil
            }
            words += " " + slot
        case .startIntent:
            guard let named else {
                context.lose(entity, setting, "StartIntent names no intent; it is not imported")
                return nil
            }
            words += " " + named
        default:
            break
        }
        var entries: [(String, YAMLOutline)] = []
        if action.type == .elicitSlot, let named, named != intent {
            entries.append(("intent", .text(named)))
        } else if let named, named != intent, action.type != .startIntent {
            context.lose(entity, setting + ".intent", "'\(named)' beside \(action.type.rawValue); it is not imported")
        }
        if let slots = state.intent?.slots, !slots.isEmpty {
            entries.append(
                ("slotsToSet", .mapping(slots.sorted { $0.key < $1.key }.map { ($0.key, slotValue($0.value)) })))
        }
        if let attributes = state.sessionAttributes, !attributes.isEmpty {
            entries.append(
                ("sessionAttributes", .mapping(attributes.sorted { $0.key < $1.key }.map { ($0.key, .text($0.value)) }))
            )
        }
        if action.suppressNextMessage == true { entries.append(("suppressNextMessage", .plain("true"))) }
        if action.intentsInScope != nil {
            context.lose(entity, setting + ".dialogAction.intentsInScope", "not expressible; it is not imported")
        }
        return entries.isEmpty ? .text(words) : .mapping([("action", .text(words))] + entries)
    }

    private func slotValue(_ override: LexSlotValueOverride) -> YAMLOutline {
        if override.shape == .list || override.values != nil {
            return .list((override.values ?? []).compactMap { $0.value?.interpretedValue }.map(YAMLOutline.text))
        }
        guard let text = override.value?.interpretedValue else { return .plain("null") }
        return .text(text)
    }

    /// A next step's text when it is only an action and its target (`StartIntent FallbackIntent`),
    /// to compare with what the bot format implies; `nil` when it sets anything.
    static func plainText(_ state: LexDialogState, intent: String) -> String? {
        guard let action = state.dialogAction, action.suppressNextMessage != true,
            state.intent?.slots?.isEmpty ?? true, state.sessionAttributes?.isEmpty ?? true
        else { return nil }
        let named = state.intent?.name.flatMap { $0.isEmpty ? nil : $0 }
        switch action.type {
        case .elicitSlot:
            if let named, named != intent { return nil }
            return action.slotToElicit.map { "ElicitSlot " + $0 }
        case .startIntent:
            return named.map { "StartIntent " + $0 }
        default:
            if let named, named != intent { return nil }
            return action.type.rawValue
        }
    }
}
