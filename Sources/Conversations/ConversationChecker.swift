import MeetyDiagnostics

/// Checks a decoded script against the bot it will run on, before anything runs.
///
/// A misspelt intent or slot in a script would otherwise surface as a failed turn with a confusing
/// "expected BookMeting" message, or never fail at all for a slot that can never be set. Here each
/// is a diagnostic at the line that names it, with a did-you-mean hint, so a script that
/// disagrees with the bot is a broken script rather than a failed run. Checks that need no bot
/// (clock, regexes, dialog values, session names, record fields) are done by the decoder.
public struct ConversationChecker: Sendable {
    /// Creates a checker.
    public init() {}

    /// The problems of `script` against `bot`: an unknown locale; an `intent:` the locale lacks;
    /// a `slot:` or `slots:` name that is not a slot of the turn's expected intent (or, when the
    /// turn names no known intent, of any intent of the locale); a `hooks:` label no code hook step
    /// of the locale has.
    /// - Returns: Error diagnostics in script order; empty when the script fits the bot.
    public func check(_ script: ConversationScript, against bot: BotOutline) -> [Diagnostic] {
        var bag = DiagnosticBag()
        guard let locale = bot.locale(script.locale?.value) else {
            if let requested = script.locale {
                let ids = bot.locales.map(\.id)
                let known = ids.isEmpty ? "it has none" : "it has \(ids.joined(separator: ", "))"
                bag.error(
                    .unknownBotLocale,
                    "locale '\(requested.value)' is not a locale of the bot; \(known)"
                        + Suggestions.hint(for: requested.value, among: ids),
                    at: requested.span
                )
            }
            return bag.diagnostics
        }
        var allSlots: [String] = []
        for intent in locale.intents {
            for slot in intent.slots where !allSlots.contains(slot) { allSlots.append(slot) }
        }
        for (step, turn) in script.userTurns {
            let subject = "turn \(step.number)"
            let expectations = turn.expectations
            var expectedIntent: IntentOutline?
            if let intent = expectations.intent {
                expectedIntent = locale.intent(intent.value)
                if expectedIntent == nil {
                    bag.error(
                        .unknownIntent,
                        "\(subject) expects intent '\(intent.value)', which locale '\(locale.id)' does not have"
                            + Suggestions.hint(for: intent.value, among: locale.intents.map(\.name)),
                        at: intent.span
                    )
                }
            }
            if let labels = locale.invocationLabels {
                for call in expectations.hooks?.value ?? [] {
                    guard let label = call.label, !labels.contains(label.value) else { continue }
                    bag.error(
                        .unknownInvocationLabel,
                        "\(subject) expects a hook call with label '\(label.value)', which no code hook step of "
                            + "locale '\(locale.id)' has" + Suggestions.hint(for: label.value, among: labels.sorted()),
                        at: label.span
                    )
                }
            }
            var names: [Located<String>] = expectations.slotToElicit.map { [$0] } ?? []
            names += expectations.slots.map(\.name)
            for name in names {
                if let expectedIntent {
                    guard !expectedIntent.slots.contains(name.value) else { continue }
                    bag.error(
                        .unknownSlot,
                        "\(subject) names slot '\(name.value)', which intent '\(expectedIntent.name)' does not have"
                            + Suggestions.hint(for: name.value, among: expectedIntent.slots),
                        at: name.span
                    )
                } else if !allSlots.contains(name.value) {
                    bag.error(
                        .unknownSlot,
                        "\(subject) names slot '\(name.value)', which no intent of locale '\(locale.id)' has"
                            + Suggestions.hint(for: name.value, among: allSlots),
                        at: name.span
                    )
                }
            }
        }
        return bag.diagnostics
    }
}
