import CodeHooks
import LexModel
import Testing

@testable import LexRuntime

/// Flows no console would build are turn errors with a message that names the problem: never a
/// crash, never a hang, and the session is left as it was.
@Suite("Flows: malformed flows")
struct MalformedFlowTests {
    private typealias Bots = FlowBots

    private func expectFlowError(_ bot: RuntimeBot, containing fragments: [String]) async {
        let runtime = Bots.runtime(bot)
        await #expect {
            _ = try await runtime.say("order a large pizza")
        } throws: { error in
            guard let error = error as? TurnError, error.kind == .invalidFlow else { return false }
            return fragments.allSatisfy { error.message.contains($0) }
        }
        #expect(runtime.sessionState("s1") == nil)
    }

    @Test("a next step to a slot the intent does not have")
    func unknownSlot() async {
        await expectFlowError(
            Bots.pizza { $0.flow.initial = Bots.path(Bots.step(.elicitSlot, slot: "Sauce")) },
            containing: ["elicits slot 'Sauce'", "intent 'OrderPizza'"])
    }

    @Test("a next step to an intent the locale does not have")
    func unknownIntent() async {
        await expectFlowError(
            Bots.pizza { $0.flow.initial = Bots.path(Bots.step(.startIntent, intent: "OrderPasta")) },
            containing: ["intent 'OrderPasta'", "locale 'en_US'"])
    }

    @Test("two intents that start each other with no user turn between: the loop is named")
    func startIntentCycle() async {
        let greetFlow = RuntimeIntentFlow(initial: Bots.path(Bots.step(.startIntent, intent: "OrderPizza")))
        let bot = Bots.pizza(greetFlow: greetFlow) {
            $0.flow.initial = Bots.path(Bots.step(.startIntent, intent: "Greet"))
        }
        await expectFlowError(
            bot, containing: ["more than 64 steps", "StartIntent(Greet) → StartIntent(OrderPizza)"])
    }

    @Test("a branch that evaluates its own conditional again")
    func conditionalLoop() async {
        let loop = FlowBranch(name: "Again", parsing: "fn.IS_SET({Size})", next: Bots.step(.evaluateConditional))
        let bot = Bots.pizza { intent in
            intent.flow.initial = FlowPath(
                next: Bots.step(.evaluateConditional),
                conditional: FlowConditional(
                    isActive: true, branches: [loop], defaultBranch: FlowBranch(name: "default")))
        }
        await expectFlowError(bot, containing: ["more than 64 steps", "EvaluateConditional"])
    }

    @Test("a condition that does not parse names the branch and the column")
    func badCondition() async {
        let broken = FlowBranch(name: "Broken", parsing: "{Size} == \"large\"", next: Bots.step(.fulfillIntent))
        let bot = Bots.pizza { intent in
            intent.flow.initial = FlowPath(
                conditional: FlowConditional(
                    isActive: true, branches: [broken], defaultBranch: FlowBranch(name: "default")))
        }
        await expectFlowError(bot, containing: ["branch Broken", "does not parse", "cols 8-9"])
    }

    @Test("EvaluateConditional where the step has no conditional, and ConfirmIntent without a confirmation")
    func missingParts() async {
        await expectFlowError(
            Bots.pizza { $0.flow.initial = Bots.path(Bots.step(.evaluateConditional)) },
            containing: ["evaluates conditional branches"])
        await expectFlowError(
            Bots.pizza {
                $0.confirmation = nil
                $0.flow.initial = Bots.path(Bots.step(.confirmIntent))
            },
            containing: ["no active confirmation"])
    }
}
