import CodeHooks
import LexFacts
import LexModel
import Synchronization

@testable import LexRuntime

/// A small bot for the flow tests, built from the runtime model so each test configures exactly
/// the flow it is about: OrderPizza (Size, Crust, optional multi-valued Toppings, a confirmation),
/// Greet, Track (OrderNumber; gated by the context `order-placed`) and a fallback intent.
enum FlowBots {
    /// The bot after `configure` changed OrderPizza (the first intent), with Greet's flow.
    static func pizza(
        dialogHook: Bool = false, fulfillmentHook: Bool = false, greetFlow: RuntimeIntentFlow = .none,
        _ configure: (inout RuntimeIntent) -> Void = { _ in }
    ) -> RuntimeBot {
        var order = RuntimeIntent(
            name: "OrderPizza",
            utterances: ["order a pizza", "order a {Size} pizza", "pizza with {Toppings}"],
            slots: [
                RuntimeSlot(name: "Size", type: "Size", prompt: say("What size?"), maxRetries: 1),
                RuntimeSlot(name: "Crust", type: "Crust", prompt: say("Which crust?"), maxRetries: 1),
                RuntimeSlot(
                    name: "Toppings", type: "Topping", required: false, prompt: say("Which toppings?"),
                    flow: RuntimeSlotFlow(allowsMultipleValues: true)),
            ],
            dialogHook: dialogHook,
            fulfillmentHook: fulfillmentHook,
            confirmation: RuntimeConfirmation(
                prompt: say("A {Size} pizza?"), maxRetries: 1, declination: say("Cancelled."),
                failure: say("No answer.")),
            closing: say("Ordered a {Size} pizza.")
        )
        configure(&order)
        let greet = RuntimeIntent(name: "Greet", utterances: ["hello"], closing: say("Hello!"), flow: greetFlow)
        let track = RuntimeIntent(
            name: "Track", utterances: ["where is my order"],
            slots: [RuntimeSlot(name: "OrderNumber", type: "AMAZON.Number", prompt: say("Order number?"))],
            closing: say("Order {OrderNumber} is on its way."),
            flow: RuntimeIntentFlow(inputContexts: ["order-placed"]))
        let fallback = RuntimeIntent(name: "FallbackIntent", isFallback: true, closing: say("Sorry?"))
        let types = [
            "Size": CustomSlotType(
                name: "Size", values: [.init("small"), .init("large")], resolutionStrategy: .topResolution),
            "Crust": CustomSlotType(
                name: "Crust", values: [.init("thin"), .init("thick")], resolutionStrategy: .topResolution),
            "Topping": CustomSlotType(
                name: "Topping", values: [.init("ham"), .init("pineapple"), .init("olives")],
                resolutionStrategy: .topResolution),
        ]
        return RuntimeBot(
            name: "FlowBot", identifier: "FLOWBOT001",
            locales: [
                RuntimeLocale(
                    id: "en_US", confidenceThreshold: 0.6, intents: [order, greet, track, fallback], slotTypes: types)
            ],
            idleSessionTTL: 300)
    }

    /// One message group.
    static func say(_ text: String) -> [MessageGroupSpec] { [MessageGroupSpec(message: text)] }

    /// A next step.
    static func step(
        _ action: LexDialogActionType, slot: String? = nil, intent: String? = nil, suppress: Bool = false,
        slots: [String: FlowSlotValue] = [:], attributes: [String: String] = [:], key: String = ""
    ) -> FlowStep {
        FlowStep(
            action: action, slotToElicit: slot, suppressNextMessage: suppress, intentName: intent,
            slotValues: slots, sessionAttributes: attributes, coverageKey: key)
    }

    /// A path with a next step.
    static func path(_ step: FlowStep, conditional: FlowConditional? = nil) -> FlowPath {
        FlowPath(next: step, conditional: conditional)
    }

    /// A runtime on `bot` with `hook`, on `clock`.
    static func runtime(_ bot: RuntimeBot, hook: (any CodeHook)? = nil, clock: TestClock = TestClock()) -> LexRuntime {
        try! LexRuntime(bot: bot, codeHook: hook, clock: clock, options: RuntimeOptions(hookTimeout: .seconds(30)))
    }
}

extension LexRuntime {
    /// Orders a pizza and answers the size prompt with "large" (so Size's capture step runs),
    /// returning the reply to the answer.
    func orderLarge(session: String = "s1") async throws -> RecognizeTextResponse {
        _ = try await say("order a pizza", session: session)
        return try await say("large", session: session)
    }
}

/// A clock the tests move by hand, from 2026-11-20T09:00.
final class TestClock: WallClock, Sendable {
    private let seconds = Mutex(LocalDateTime(iso: "2026-11-20T09:00")!.secondsSinceEpoch)

    func now() -> LocalDateTime { LocalDateTime(secondsSinceEpoch: secondsSinceEpoch()) }
    func secondsSinceEpoch() -> Int64 { seconds.withLock { $0 } }

    /// Moves the clock forward.
    func advance(seconds amount: Int64) { seconds.withLock { $0 += amount } }
}

extension ScriptedHook {
    /// A response with `type`, keeping the event's intent (optionally with another state or slots).
    static func answer(
        _ event: CodeHookEvent, _ type: DialogActionType, slot: String? = nil, state: IntentState? = nil,
        messages: [String]? = nil, contexts: [ActiveContext]? = nil
    ) -> CodeHookResponse {
        var intent = event.sessionState.intent ?? Intent(name: "OrderPizza")
        if let state { intent.state = state }
        return CodeHookResponse(
            sessionState: SessionState(
                activeContexts: contexts, dialogAction: DialogAction(type: type, slotToElicit: slot), intent: intent),
            messages: messages.map { $0.map(Message.plain) })
    }
}
