import BotDiff
import CodeHooks
import Conversations
import LexRuntime

/// Which scripts exercise each change of a bot: the scripts whose run on the old bot exercised the
/// element as it was, and those whose run on the new bot exercised it as it is.
///
/// "Exercise" reads the same turn traces as coverage (`CoverageReport`): an intent recognised, a
/// sample utterance matched exactly, a slot elicited, a configured message said, a code hook called;
/// plus the slots of custom types a turn filled (for slot type values and synonyms) and the intents
/// whose fulfillment ran (for fulfillment and closing steps). Flow steps the simulator does not run
/// count as exercised when the step they follow was reached (`BotExercise`).
public struct ChangeImpact: Sendable {
    /// A script's run on one side: the script and its result.
    public struct Run: Sendable {
        /// The script.
        public var script: ConversationScript
        /// What happened.
        public var result: ScriptResult

        /// Creates a run.
        public init(script: ConversationScript, result: ScriptResult) {
            self.script = script
            self.result = result
        }
    }

    /// For each changed element, the scripts that exercise it, sorted.
    public var exercisedBy: [BotElementKey: [ScriptReference]]

    /// Maps each change to the scripts that exercise it.
    /// - Parameters:
    ///   - oldRuns: the scripts run on `oldBot`; `newRuns` on `newBot`.
    public init(changes: [BotChange], oldBot: RuntimeBot, oldRuns: [Run], newBot: RuntimeBot, newRuns: [Run]) {
        var exercisedBy: [BotElementKey: [ScriptReference]] = [:]
        for change in changes {
            var scripts = Set<ScriptReference>()
            if let old = change.old {
                for run in oldRuns where Self.exercises(run, old, bot: oldBot) { scripts.insert(Self.reference(run)) }
            }
            if let new = change.new {
                for run in newRuns where Self.exercises(run, new, bot: newBot) { scripts.insert(Self.reference(run)) }
            }
            exercisedBy[change.key] = scripts.sorted()
        }
        self.exercisedBy = exercisedBy
    }

    /// Every script that exercises at least one change, sorted.
    public var affectedScripts: [ScriptReference] {
        Set(exercisedBy.values.flatMap { $0 }).sorted()
    }

    private static func reference(_ run: Run) -> ScriptReference {
        ScriptReference(file: run.result.file, name: run.result.name)
    }

    /// Whether `run` (on `bot`) exercised `element`.
    static func exercises(_ run: Run, _ element: BotElement, bot: RuntimeBot) -> Bool {
        let localeId = run.script.locale?.value ?? bot.locales.first?.id
        if let locale = element.locale, locale != localeId { return false }
        let traces = run.result.traces
        switch element.exercise {
        case .none:
            return false
        case .locale:
            return true
        case .intent(let intent):
            return run.result.replyIntents.contains(intent) || traces.contains { $0.recognizedIntent == intent }
        case .utterance(let intent, let slot, let text):
            let runtimeIntent = localeId.flatMap { bot.locale($0)?.intent(intent) }
            let texts = slot.map { runtimeIntent?.slot($0)?.utterances ?? [] } ?? runtimeIntent?.utterances ?? []
            return traces.contains { trace in
                trace.utterances.contains {
                    $0.exact && $0.intent == intent && $0.slot == slot && texts.indices.contains($0.index)
                        && texts[$0.index] == text
                }
            }
        case .slot(let intent, let slot):
            return traces.contains { $0.elicitedSlots.contains("\(intent).\(slot)") }
        case .message(let intent, let role):
            let key = messageKey(intent, role)
            return traces.contains { $0.messageKeys.contains(key) }
        case .confirmation(let intent):
            let key = messageKey(intent, .confirmationPrompt)
            return traces.contains { $0.messageKeys.contains(key) }
        case .hook(let intent, let fulfillment):
            let source: InvocationSource = fulfillment ? .fulfillmentCodeHook : .dialogCodeHook
            return traces.contains { trace in trace.hookCalls.contains { $0.intent == intent && $0.source == source } }
        case .fulfillment(let intent):
            return traces.contains { $0.fulfillmentIntent == intent }
        case .closing(let intent):
            let key = messageKey(intent, .closing)
            return traces.contains { $0.fulfillmentIntent == intent || $0.messageKeys.contains(key) }
        case .slotType(let type):
            return traces.contains { trace in trace.slotFills.contains { $0.slotType == type } }
        case .slotTypeValue(let type, let value):
            return traces.contains { trace in trace.slotFills.contains { fills($0, type: type, value: value) } }
        case .synonym(let type, let value, let synonym):
            let spelling = TokenizedText(synonym).normalizedText
            return traces.contains { trace in
                trace.slotFills.contains {
                    fills($0, type: type, value: value) && TokenizedText($0.originalValue).normalizedText == spelling
                }
            }
        }
    }

    private static func fills(_ fill: TurnTrace.SlotFill, type: String, value: String) -> Bool {
        fill.slotType == type && (fill.interpretedValue == value || fill.resolvedValues.contains(value))
    }

    /// The trace key of a configured message (the simulator's `TraceKeys`).
    static func messageKey(_ intent: String, _ role: BotExercise.MessageRole) -> String {
        switch role {
        case .slotPrompt(let slot): "\(intent).slot.\(slot).prompt"
        case .slotFailure(let slot): "\(intent).slot.\(slot).failure"
        case .confirmationPrompt: "\(intent).confirmation.prompt"
        case .declination: "\(intent).confirmation.declination"
        case .confirmationFailure: "\(intent).confirmation.failure"
        case .closing: "\(intent).closing"
        }
    }
}
