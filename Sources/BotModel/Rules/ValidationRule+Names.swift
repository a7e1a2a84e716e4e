import MeetyDiagnostics

extension ValidationRule {
    /// Bot, intent, slot and slot type names, and the names of branches, contexts and invocation
    /// labels, match Lex's name pattern, so the compiled bot imports.
    ///
    /// Reported at the name, with the reason the name fails (a space, a dot, two separators in a
    /// row, a leading separator, more than 100 characters).
    public static let namesFollowLexPattern = ValidationRule(
        "namesFollowLexPattern",
        code: .invalidName
    ) { bot, bag in
        func check(_ name: Located<String>, _ what: String) {
            guard let problem = LexName.problem(in: name.value) else { return }
            bag.error(
                .invalidName,
                "\(what) name '\(name.value)' is not a valid Lex name: \(problem); "
                    + "use letters and digits with single '_' or '-' between them",
                at: name.span
            )
        }
        check(bot.name, "bot")
        for locale in bot.locales {
            for slotType in locale.slotTypes { check(slotType.name, "slot type") }
            for intent in locale.intents {
                check(intent.name, "intent")
                for slot in intent.slots { check(slot.name, "slot") }
                for context in intent.inputContexts { check(context, "input context") }
                for context in intent.outputContexts { check(context.name, "output context") }
                for point in intent.hasFlowSettings ? intent.flowPoints(fallbackIntent: "") : [] {
                    for branch in point.branches { check(branch.name, "branch") }
                }
                for (_, hook) in intent.stepHooks {
                    if let label = hook.label { check(label, "invocation label") }
                }
                var elicitationHooks = intent.slots.compactMap(\.elicitationHook)
                if let hook = intent.confirmation?.elicitationHook { elicitationHooks.append(hook) }
                for label in elicitationHooks.compactMap(\.label) { check(label, "invocation label") }
            }
        }
    }
}
