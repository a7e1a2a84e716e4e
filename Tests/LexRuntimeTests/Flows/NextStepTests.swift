import CodeHooks
import LexModel
import Testing

@testable import LexRuntime

/// Each next-step dialog action, with the values a step sets and the intent it switches to.
@Suite("Flows: next steps")
struct NextStepTests {
    private typealias Bots = FlowBots

    @Test("ElicitSlot elicits the named slot out of priority order and sets session attributes first")
    func elicitSlot() async throws {
        let bot = Bots.pizza { intent in
            intent.flow.initial = Bots.path(
                Bots.step(.elicitSlot, slot: "Crust", attributes: ["channel": "web"], key: "initial → Crust"))
        }
        let reply = try await Bots.runtime(bot).say("order a pizza")
        #expect(reply.replyText == "Which crust?")
        #expect(reply.slotToElicit == "Crust")
        #expect(reply.sessionState.sessionAttributes?["channel"] == "web")
        #expect(reply.trace.nextSteps == ["initial → Crust"])
    }

    @Test(
        "a captured slot says its capture response; ElicitSlot of a filled slot skips its prompt and capture response")
    func captureAndFilledSlot() async throws {
        let bot = Bots.pizza { intent in
            intent.flow.initial = Bots.path(Bots.step(.elicitSlot, slot: "Size"))
            intent.slots[0].flow.captureResponse = Bots.say("Got the size.")
            intent.slots[0].flow.onCapture = Bots.path(Bots.step(.elicitSlot, slot: "Crust"))
        }
        let runtime = Bots.runtime(bot)
        let filled = try await runtime.say("order a large pizza", session: "filled")
        #expect(filled.replyText == "Which crust?")
        #expect(filled.slot("Size") == "large")
        #expect(try await runtime.say("order a pizza").replyText == "What size?")
        #expect(try await runtime.say("large").replyText == "Got the size.\nWhich crust?")
    }

    @Test("ElicitSlot in another intent switches to it with the step's slot values, and suppresses its prompt")
    func elicitSlotInAnotherIntent() async throws {
        let bot = Bots.pizza { intent in
            intent.slots[0].flow.onCapture = Bots.path(
                Bots.step(.elicitSlot, slot: "OrderNumber", intent: "Track", slots: ["OrderNumber": .clear]))
        }
        let runtime = Bots.runtime(bot)
        let switched = try await runtime.orderLarge()
        #expect(switched.intentName == "Track")
        #expect(switched.slotToElicit == "OrderNumber")
        #expect(switched.replyText == "Order number?")
        let done = try await runtime.say("42")
        #expect(done.replyText == "Order 42 is on its way.")
        #expect(done.state == .fulfilled)

        let quiet = Bots.pizza { intent in
            intent.slots[0].flow.captureResponse = Bots.say("Noted.")
            intent.slots[0].flow.onCapture = Bots.path(
                Bots.step(.elicitSlot, slot: "OrderNumber", intent: "Track", suppress: true))
        }
        let suppressed = try await Bots.runtime(quiet).orderLarge()
        #expect(suppressed.replyText == "Noted.")
        #expect(suppressed.slotToElicit == "OrderNumber")
    }

    @Test("StartIntent starts another intent at its initial response; suppressNextMessage skips that response")
    func startIntent() async throws {
        func bot(suppress: Bool) -> RuntimeBot {
            Bots.pizza(greetFlow: RuntimeIntentFlow(initialResponse: Bots.say("Welcome."))) { intent in
                intent.slots[0].flow.onCapture = Bots.path(Bots.step(.startIntent, intent: "Greet", suppress: suppress))
            }
        }
        let started = try await Bots.runtime(bot(suppress: false)).orderLarge()
        #expect(started.intentName == "Greet")
        #expect(started.replyText == "Welcome.\nHello!")
        #expect(started.state == .fulfilled)
        #expect(try await Bots.runtime(bot(suppress: true)).orderLarge().replyText == "Hello!")
    }

    @Test("StartIntent without a name starts the intent again from the beginning, its slots emptied")
    func startIntentAgain() async throws {
        let bot = Bots.pizza { intent in
            intent.slots[1].flow.onCapture = Bots.path(Bots.step(.confirmIntent))
            intent.confirmation?.flow.onDecline = Bots.path(Bots.step(.startIntent))
        }
        let runtime = Bots.runtime(bot)
        _ = try await runtime.say("order a large pizza")
        #expect(try await runtime.say("thin").action == .confirmIntent)
        let again = try await runtime.say("no")
        #expect(again.replyText == "Cancelled.\nWhat size?")
        #expect(again.intentName == "OrderPizza")
        #expect(again.slot("Size") == nil)
        #expect(again.sessionState.intent?.confirmationState == ConfirmationState.none)
    }

    @Test("ConfirmIntent asks the confirmation; FulfillIntent fulfils without asking")
    func confirmAndFulfill() async throws {
        let confirm = Bots.pizza { $0.slots[0].flow.onCapture = Bots.path(Bots.step(.confirmIntent)) }
        let asked = try await Bots.runtime(confirm).orderLarge()
        #expect(asked.action == .confirmIntent)
        #expect(asked.replyText == "A large pizza?")
        #expect(asked.slot("Crust") == nil)

        let fulfill = Bots.pizza { $0.slots[0].flow.onCapture = Bots.path(Bots.step(.fulfillIntent)) }
        let done = try await Bots.runtime(fulfill).orderLarge()
        #expect(done.replyText == "Ordered a large pizza.")
        #expect(done.state == .fulfilled)
    }

    @Test("CloseIntent says the closing response (unless suppressed) and ends; unfilled slots leave it InProgress")
    func closeIntent() async throws {
        let close = Bots.pizza { $0.slots[0].flow.onCapture = Bots.path(Bots.step(.closeIntent)) }
        let said = try await Bots.runtime(close).orderLarge()
        #expect(said.replyText == "Ordered a large pizza.")
        #expect(said.action == .close)
        #expect(said.state == .inProgress)

        let quiet = Bots.pizza { $0.slots[0].flow.onCapture = Bots.path(Bots.step(.closeIntent, suppress: true)) }
        let silent = try await Bots.runtime(quiet).orderLarge()
        #expect(silent.messages.isEmpty)
        #expect(silent.action == .close)
    }

    @Test("ElicitIntent waits for a new intent; the next input is classified afresh")
    func elicitIntent() async throws {
        let bot = Bots.pizza { intent in
            intent.slots[0].flow.captureResponse = Bots.say("Anything else?")
            intent.slots[0].flow.onCapture = Bots.path(Bots.step(.elicitIntent))
        }
        let runtime = Bots.runtime(bot)
        let waiting = try await runtime.orderLarge()
        #expect(waiting.action == .elicitIntent)
        #expect(waiting.replyText == "Anything else?")
        #expect(waiting.state == .inProgress)
        #expect(try await runtime.say("hello").intentName == "Greet")
    }

    @Test(
        "EndConversation reports Close: ReadyForFulfillment when every required slot is filled, Fulfilled after fulfillment"
    )
    func endConversation() async throws {
        let afterConfirm = Bots.pizza { $0.confirmation?.flow.onConfirm = Bots.path(Bots.step(.endConversation)) }
        let runtime = Bots.runtime(afterConfirm)
        _ = try await runtime.say("order a large pizza")
        _ = try await runtime.say("thin")
        let ended = try await runtime.say("yes")
        #expect(ended.action == .close)
        #expect(ended.state == .readyForFulfillment)
        #expect(ended.messages.isEmpty)
        #expect(runtime.sessionState("s1")?.intent == nil)

        let afterFulfillment = Bots.pizza(fulfillmentHook: true) { intent in
            intent.flow.fulfillment = RuntimeFulfillmentFlow(
                success: FlowOutcome(response: Bots.say("Baking."), path: Bots.path(Bots.step(.endConversation))))
            intent.slots[0].flow.onCapture = Bots.path(Bots.step(.fulfillIntent))
        }
        let fulfilled = try await Bots.runtime(afterFulfillment).orderLarge()
        #expect(fulfilled.replyText == "Baking.")
        #expect(fulfilled.state == .fulfilled)
    }

    @Test("a step's slot values: a constant, a reference to a session attribute or a slot, and null")
    func slotValues() async throws {
        let bot = Bots.pizza { intent in
            intent.flow.initial = Bots.path(
                Bots.step(
                    .confirmIntent,
                    slots: ["Size": .clear, "Crust": .value("[crust]"), "Toppings": .list(["ham", "olives"])],
                    attributes: ["size": "{Size}", "missing": "{Crust}"]))
        }
        let reply = try await Bots.runtime(bot).say("order a large pizza", attributes: ["crust": "thick"])
        #expect(reply.slot("Size") == nil)
        #expect(reply.slot("Crust") == "thick")
        #expect(reply.sessionState.sessionAttributes?["size"] == "large")
        #expect(reply.sessionState.sessionAttributes?["missing"] == nil)
        let toppings = try #require(reply.sessionState.intent?.slot("Toppings"))
        #expect(toppings.shape == "List")
        #expect(toppings.values?.compactMap(\.value?.interpretedValue) == ["ham", "olives"])
    }
}
