import LexRuntime

/// What a suite exercised of a bot: intents, sample utterances, slot elicitations, configured
/// messages, code-hook outcomes, and the conversation flow's configured next steps, conditional
/// branches and labelled code hook steps, each with the items no script reached.
///
/// The universe comes from the compiled bot, the observations from the simulator's turn traces,
/// so the report answers "which parts of the bot does no test touch?" precisely.
public struct CoverageReport: Sendable, Equatable {
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

    /// Covered items of every category as a percentage of all items.
    public var percent: Double {
        let total = categories.reduce(0) { $0 + $1.total }
        let covered = categories.reduce(0) { $0 + $1.covered }
        return total == 0 ? 100 : Double(covered) * 100 / Double(total)
    }

    /// Computes coverage of `bot` by the results' traces.
    public static func compute(bot: RuntimeBot, results: [ScriptResult]) -> CoverageReport {
        var seen = Observed()
        for result in results {
            seen.intents.formUnion(result.replyIntents)
            for trace in result.traces { seen.add(trace) }
        }
        var universe = Universe()
        for locale in bot.locales {
            for intent in locale.intents { universe.add(intent) }
        }
        func category(_ name: String, _ items: [String], _ observed: Set<String>) -> Category {
            let missing = items.filter { !observed.contains($0) }
            return Category(name: name, total: items.count, covered: items.count - missing.count, missing: missing)
        }
        let missingUtterances = universe.utterances.filter { !seen.utterances.contains($0.key) }.map(\.name)
        return CoverageReport(categories: [
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
    var intents: [String] = []
    var utterances: [(key: String, name: String)] = []
    var slots: [String] = []
    var messages: [String] = []
    var hookOutcomes: [String] = []
    var nextSteps: [String] = []
    var branches: [String] = []
    var hookSteps: [String] = []

    mutating func add(_ intent: RuntimeIntent) {
        let items = intent.flowItems
        nextSteps += items.nextSteps
        branches += items.branches
        hookSteps += items.labelledHookSteps
        addFlowMessages(intent)
        intents.append(intent.name)
        for (index, text) in intent.utterances.enumerated() {
            utterances.append(
                (
                    Observed.key(intent.name, nil, index),
                    CoverageReport.utterance(intent: intent.name, slot: nil, text: text)
                ))
        }
        if !intent.closing.isEmpty { messages.append("\(intent.name).closing") }
        for slot in intent.slots {
            for (index, text) in slot.utterances.enumerated() {
                let name = CoverageReport.utterance(intent: intent.name, slot: slot.name, text: text)
                utterances.append((Observed.key(intent.name, slot.name, index), name))
            }
            if slot.required { slots.append("\(intent.name).\(slot.name)") }
            if !slot.prompt.isEmpty { messages.append("\(intent.name).slot.\(slot.name).prompt") }
            if !slot.failure.isEmpty { messages.append("\(intent.name).slot.\(slot.name).failure") }
        }
        if let confirmation = intent.confirmation {
            messages.append("\(intent.name).confirmation.prompt")
            if !confirmation.declination.isEmpty { messages.append("\(intent.name).confirmation.declination") }
            if !confirmation.failure.isEmpty { messages.append("\(intent.name).confirmation.failure") }
        }
        if intent.dialogHook {
            hookOutcomes.append(
                CoverageReport.outcome(intent: intent.name, source: "DialogCodeHook", action: "Delegate"))
            for slot in intent.slots where slot.required {
                hookOutcomes.append(
                    CoverageReport.outcome(
                        intent: intent.name, source: "DialogCodeHook", action: "ElicitSlot(\(slot.name))")
                )
            }
        }
        if intent.fulfillmentHook {
            for state in ["Fulfilled", "Failed"] {
                hookOutcomes.append(
                    CoverageReport.outcome(intent: intent.name, source: "FulfillmentCodeHook", action: "Close \(state)")
                )
            }
        }
    }
}

/// Everything the traces show was exercised.
private struct Observed {
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
        if let intent = trace.recognizedIntent { intents.insert(intent) }
        for use in trace.utterances where use.exact {
            utterances.insert(Self.key(use.intent, use.slot, use.index))
        }
        slots.formUnion(trace.elicitedSlots)
        messages.formUnion(trace.messageKeys)
        nextSteps.formUnion(trace.nextSteps)
        branches.formUnion(trace.branches)
        hookSteps.formUnion(trace.hookSteps)
        for call in trace.hookCalls {
            var action = call.action
            if call.action == "ElicitSlot", let slot = call.slot { action += "(\(slot))" }
            if call.action == "Close", let state = call.state { action += " \(state)" }
            hookOutcomes.insert(
                CoverageReport.outcome(intent: call.intent, source: call.source.rawValue, action: action))
        }
    }
}
