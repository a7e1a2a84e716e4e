import CodeHooks
import LexModel
import Testing

@testable import LexRuntime

/// Default slot values, multi-valued slots, and conditions over slots with a reset and re-elicit.
@Suite("Flows: default values and multi-valued slots")
struct SlotValueFlowTests {
    private typealias Bots = FlowBots

    @Test("default values: the first source that yields a value fills the slot, which is then not elicited")
    func defaults() async throws {
        let bot = Bots.pizza { intent in
            intent.slots[1].flow.defaultValues = ["#last-order.Crust", "[crust]", "<crust>", "thin"]
        }
        let runtime = Bots.runtime(bot)
        let constant = try await runtime.say("order a large pizza", session: "constant")
        #expect(constant.slot("Crust") == "thin")
        #expect(constant.action == .confirmIntent)
        #expect(try await runtime.say("order a large pizza", attributes: ["crust": "thick"]).slot("Crust") == "thick")
        let requested = try await runtime.recognizeText(
            .init(sessionId: "request", text: "order a large pizza", requestAttributes: ["crust": "stuffed"]))
        #expect(requested.slot("Crust") == "stuffed")
        let fromContext = try await runtime.recognizeText(
            .init(
                sessionId: "context", text: "order a large pizza",
                sessionState: SessionState(activeContexts: [
                    ActiveContext(
                        name: "last-order", timeToLive: .init(timeToLiveInSeconds: 60, turnsToLive: 2),
                        contextAttributes: ["Crust": "deep"])
                ])))
        #expect(fromContext.slot("Crust") == "deep")
    }

    @Test("a multi-valued slot takes a list: shape List, one value each, the phrase as its value")
    func multipleValues() async throws {
        let bot = Bots.pizza { intent in
            intent.slots[2].required = true
            intent.slots[1].flow.defaultValues = ["thin"]
        }
        let hook = ScriptedHook { ScriptedHook.delegate($0) }
        var withHook = bot
        withHook.locales[0].intents[0].dialogHook = true
        let runtime = Bots.runtime(withHook, hook: hook)
        #expect(try await runtime.say("order a large pizza").slotToElicit == "Toppings")
        let reply = try await runtime.say("ham, pineapple and olives")
        let toppings = try #require(reply.sessionState.intent?.slot("Toppings"))
        #expect(toppings.shape == "List")
        #expect(toppings.value?.interpretedValue == "ham, pineapple and olives")
        #expect(toppings.values?.compactMap(\.value?.interpretedValue) == ["ham", "pineapple", "olives"])
        let event = try #require(hook.events.last?.sessionState.intent?.slot("Toppings"))
        #expect(event.values?.count == 3)
    }

    @Test("a capture conditional resets a slot and re-elicits it without its prompt, as reminderbot does")
    func resetAndReElicit() async throws {
        let tooMany = FlowBranch(
            name: "TooMany", parsing: "fn.COUNT({Toppings}) > 2", response: Bots.say("Two toppings at most."),
            next: Bots.step(.elicitSlot, slot: "Toppings", suppress: true, slots: ["Toppings": .clear]))
        let noHam = FlowBranch(
            name: "NoHam", parsing: #"NOT {Toppings} CONTAINS "ham""#, response: Bots.say("No ham?"),
            next: Bots.step(.fulfillIntent))
        let bot = Bots.pizza { intent in
            intent.slots[2].required = true
            intent.slots[1].flow.defaultValues = ["thin"]
            intent.slots[2].flow.onCapture = FlowPath(
                next: Bots.step(.evaluateConditional),
                conditional: FlowConditional(
                    isActive: true, branches: [tooMany, noHam], defaultBranch: FlowBranch(name: "default")))
        }
        let runtime = Bots.runtime(bot)
        _ = try await runtime.say("order a large pizza")
        let again = try await runtime.say("ham, pineapple and olives")
        #expect(again.replyText == "Two toppings at most.")
        #expect(again.slotToElicit == "Toppings")
        #expect(again.slot("Toppings") == nil)
        let noHamReply = try await runtime.say("olives")
        #expect(noHamReply.replyText == "No ham?\nOrdered a large pizza.")
        let other = try await runtime.say("order a large pizza", session: "s2")
        #expect(other.slotToElicit == "Toppings")
        #expect(try await runtime.say("ham and olives", session: "s2").action == .confirmIntent)
    }
}
