import LexRuntime

/// What a suite exercised of a bot: intents, sample utterances, slot elicitations, configured
/// messages, code-hook outcomes, and the conversation flow's configured next steps, conditional
/// branches and labelled code hook steps, each with the items no script reached.
///
/// The universe comes from the compiled bot, the observations from the simulator's turn traces,
/// so the report answers "which parts of the bot does no test touch?" precisely. Coverage is per
/// locale: in a bot with several locales every item is named with its locale (`ko_KR BookHotel`), a
/// script covers only the items of the locale it ran in, and `locales` gives each locale's share.
public struct CoverageReport: Sendable, Equatable {
    /// The items of one locale, covered and in all.
    public struct LocaleShare: Sendable, Equatable {
        /// The locale id.
        public var locale: String
        /// Items of the locale in every category.
        public var total: Int
        /// Items of the locale some script exercised.
        public var covered: Int

        /// Covered items as a percentage of all (100 when the locale has none).
        public var percent: Double { total == 0 ? 100 : Double(covered) * 100 / Double(total) }
    }

    /// One kind of item.
    public struct Category: Sendable, Equatable {
        /// The category's name: intents, utterances, slots, messages, hook outcomes.
        public var name: String
        /// Every item of the bot in this category.
        public var total: Int
        /// Items at least one script exercised.
        public var covered: Int
        /// Items no script exercised, in the bot's order.
        public var missing: [String]

        /// Covered items as a percentage of all (100 when the category is empty).
        public var percent: Double { total == 0 ? 100 : Double(covered) * 100 / Double(total) }
    }

    /// The categories, in a fixed order.
    public var categories: [Category]
    /// Each locale's share, in the bot's locale order.
    public var locales: [LocaleShare] = []

    /// Covered items of every category as a percentage of all items.
    public var percent: Double {
        let total = categories.reduce(0) { $0 + $1.total }
        let covered = categories.reduce(0) { $0 + $1.covered }
        return total == 0 ? 100 : Double(covered) * 100 / Double(total)
    }

    /// Computes coverage of `bot` by the results' traces.
    public static func compute(bot: RuntimeBot, results: [ScriptResult]) -> CoverageReport {
        let prefixed = bot.locales.count > 1
        let defaultLocale = bot.locales.first?.id ?? ""
        func prefix(_ locale: String) -> String {
            prefixed ? "\(locale.isEmpty ? defaultLocale : locale) " : ""
        }
        var seen = Observed()
        for result in results {
            seen.prefix = prefix(result.locale)
            seen.intents.formUnion(result.replyIntents.map { seen.prefix + $0 })
            for trace in result.traces { seen.add(trace) }
        }
        var universe = Universe()
        var shares: [LocaleShare] = []
        for locale in bot.locales {
            universe.prefix = prefix(locale.id)
            var part = Universe()
            part.prefix = universe.prefix
            for intent in locale.intents {
                universe.add(intent)
                part.add(intent)
            }
            let items =
                part.intents + part.utterances.map(\.key) + part.slots + part.messages + part.hookOutcomes
                + part.nextSteps + part.branches + part.hookSteps
            let observed = seen.intents.union(seen.utterances).union(seen.slots).union(seen.messages)
                .union(seen.hookOutcomes).union(seen.nextSteps).union(seen.branches).union(seen.hookSteps)
            shares.append(
                LocaleShare(locale: locale.id, total: items.count, covered: items.count { observed.contains($0) }))
        }
        func category(_ name: String, _ items: [String], _ observed: Set<String>) -> Category {
            let missing = items.filter { !observed.contains($0) }
            return Category(name: name, total: items.count, covered: items.count - missing.count, missing: missing)
        }
        let missingUtterances = universe.utterances.filter { !seen.utterances.contains($0.key) }.map(\.name)
        var report = CoverageReport(categories: [
            category("intents", universe.intents, seen.intents),
            Category(
                name: "utterances",
                total: universe.utterances.count,
                covered: universe.utterances.count - missingUtterances.count,
                missing: missingUtterances
            ),
            category("slots elicited", universe.slots, seen.slots),
            category("messages", universe.messages, seen.messages),
            category("hook outcomes", universe.hookOutcomes, seen.hookOutcomes),
            category("next steps", universe.nextSteps, seen.nextSteps),
            category("branches", universe.branches, seen.branches),
            category("hook steps", universe.hookSteps, seen.hookSteps),
        ])
        report.locales = shares
        return report
    }

    /// The name of a code-hook outcome: `BookMeeting DialogCodeHook → ElicitSlot(MeetingTime)`.
    static func outcome(intent: String, source: String, action: String) -> String {
        "\(intent) \(source) → \(action)"
    }

    /// The name of an utterance: `BookMeeting: "book a meeting"` or `BookMeeting.FullName: "my name is {FullName}"`.
    static func utterance(intent: String, slot: String?, text: String) -> String {
        "\(intent)\(slot.map { ".\($0)" } ?? ""): \"\(text)\""
    }
}

/// Everything the bot defines, as coverage item names, in the bot's order.
struct Universe {
    /// `ko_KR ` in a bot with several locales, else empty.
    var prefix = ""
    var intents: [String] = []
    var utterances: [(key: String, name: String)] = []
    var slots: [String] = []
    var messages: [String] = []
    var hookOutcomes: [String] = []
    var nextSteps: [String] = []
    var branches: [String] = []
    var hookSteps: [String] = []

    mutating func add(_ intent: RuntimeIntent) {
        let name = prefix + intent.name
        let items = intent.flowItems
        nextSteps += items.nextSteps.map { prefix + $0 }
        branches += items.branches.map { prefix + $0 }
        hookSteps += items.labelledHookSteps.map { prefix + $0 }
        addFlowMessages(intent, named: name)
        intents.append(name)
        for (index, text) in intent.utterances.enumerated() {
            utterances.append(
                (
                    prefix + Observed.key(intent.name, nil, index),
                    CoverageReport.utterance(intent: name, slot: nil, text: text)
                ))
        }
        if !intent.closing.isEmpty { messages.append("\(name).closing") }
        for slot in intent.slots {
            for (index, text) in slot.utterances.enumerated() {
                let item = CoverageReport.utterance(intent: name, slot: slot.name, text: text)
                utterances.append((prefix + Observed.key(intent.name, slot.name, index), item))
            }
            if slot.required { slots.append("\(name).\(slot.name)") }
            if !slot.prompt.isEmpty { messages.append("\(name).slot.\(slot.name).prompt") }
            if !slot.failure.isEmpty { messages.append("\(name).slot.\(slot.name).failure") }
        }
        if let confirmation = intent.confirmation {
            messages.append("\(name).confirmation.prompt")
            if !confirmation.declination.isEmpty { messages.append("\(name).confirmation.declination") }
            if !confirmation.failure.isEmpty { messages.append("\(name).confirmation.failure") }
        }
        if intent.dialogHook {
            hookOutcomes.append(CoverageReport.outcome(intent: name, source: "DialogCodeHook", action: "Delegate"))
            for slot in intent.slots where slot.required {
                hookOutcomes.append(
                    CoverageReport.outcome(intent: name, source: "DialogCodeHook", action: "ElicitSlot(\(slot.name))")
                )
            }
        }
        if intent.fulfillmentHook {
            for state in ["Fulfilled", "Failed"] {
                hookOutcomes.append(
                    CoverageReport.outcome(intent: name, source: "FulfillmentCodeHook", action: "Close \(state)"))
            }
        }
    }
}

/// Everything the traces show was exercised.
private struct Observed {
    /// The locale prefix of the result being added (see `Universe.prefix`).
    var prefix = ""
    var intents: Set<String> = []
    var utterances: Set<String> = []
    var slots: Set<String> = []
    var messages: Set<String> = []
    var hookOutcomes: Set<String> = []
    var nextSteps: Set<String> = []
    var branches: Set<String> = []
    var hookSteps: Set<String> = []

    /// The key of an utterance use.
    static func key(_ intent: String, _ slot: String?, _ index: Int) -> String {
        "\(intent)|\(slot ?? "")|\(index)"
    }

    mutating func add(_ trace: TurnTrace) {
        if let intent = trace.recognizedIntent { intents.insert(prefix + intent) }
        for use in trace.utterances where use.exact {
            utterances.insert(prefix + Self.key(use.intent, use.slot, use.index))
        }
        if prefix.isEmpty {
            slots.formUnion(trace.elicitedSlots)
            messages.formUnion(trace.messageKeys)
            nextSteps.formUnion(trace.nextSteps)
            branches.formUnion(trace.branches)
            hookSteps.formUnion(trace.hookSteps)
        } else {
            slots.formUnion(trace.elicitedSlots.map { prefix + $0 })
            messages.formUnion(trace.messageKeys.map { prefix + $0 })
            nextSteps.formUnion(trace.nextSteps.map { prefix + $0 })
            branches.formUnion(trace.branches.map { prefix + $0 })
            hookSteps.formUnion(trace.hookSteps.map { prefix + $0 })
        }
        for call in trace.hookCalls {
            var action = call.action
            if call.action == "ElicitSlot", let slot = call.slot { action += "(\(slot))" }
            if call.action == "Close", let state = call.state { action += " \(state)" }
            hookOutcomes.insert(
                CoverageReport.outcome(intent: prefix + call.intent, source: call.source.rawValue, action: action))
        }
    }
}
