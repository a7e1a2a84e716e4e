import CodeHooks
import LexFacts
import Synchronization

@testable import LexRuntime

/// Small bots and hooks for the dialog-path tests.
enum TestBots {
    /// A pizza bot: OrderPizza (Size required, Name required, Topping optional) with a confirmation,
    /// Greet, and a fallback with a closing.
    static func pizza(dialogHook: Bool = false, fulfillmentHook: Bool = false, confirmation: Bool = true) -> RuntimeBot
    {
        let order = RuntimeIntent(
            name: "OrderPizza",
            utterances: [
                "I want a pizza", "order a {Size} pizza", "a {Size} pizza with {Topping}", "pizza for {Name}",
            ],
            slots: [
                RuntimeSlot(
                    name: "Size",
                    type: "Size",
                    prompt: [MessageGroupSpec(message: "What size?", variations: ["Which size?", "How big?"])],
                    maxRetries: 2,
                    utterances: ["make it {Size}", "{Size} please"],
                    failure: [MessageGroupSpec(message: "Sorry, I could not get the size.")]
                ),
                RuntimeSlot(
                    name: "Name", type: "AMAZON.FirstName", prompt: [MessageGroupSpec(message: "Your name?")],
                    maxRetries: 1, utterances: ["my name is {Name}"]),
                RuntimeSlot(name: "Topping", type: "Topping", required: false),
            ],
            dialogHook: dialogHook,
            fulfillmentHook: fulfillmentHook,
            confirmation: confirmation
                ? RuntimeConfirmation(
                    prompt: [MessageGroupSpec(message: "A {Size} pizza for {Name}, [store] store?")],
                    maxRetries: 1,
                    declination: [MessageGroupSpec(message: "Cancelled.")],
                    failure: [MessageGroupSpec(message: "I did not get a yes or no.")]
                ) : nil,
            closing: [MessageGroupSpec(message: "Your {Size} pizza is ordered, {Name}.")]
        )
        let greet = RuntimeIntent(
            name: "Greet", utterances: ["hello", "hi there"], closing: [MessageGroupSpec(message: "Hello!")])
        let fallback = RuntimeIntent(
            name: "FallbackIntent", isFallback: true, closing: [MessageGroupSpec(message: "Sorry?")])
        let types = [
            "Size": CustomSlotType(
                name: "Size",
                values: [.init("small", synonyms: ["little"]), .init("large", synonyms: ["big"])],
                resolutionStrategy: .topResolution
            ),
            "Topping": CustomSlotType(name: "Topping", values: [.init("ham")], resolutionStrategy: .originalValue),
        ]
        return RuntimeBot(
            name: "PizzaBot",
            identifier: "PIZZABOT01",
            locales: [
                RuntimeLocale(
                    id: "en_US", confidenceThreshold: 0.6, intents: [order, greet, fallback], slotTypes: types)
            ]
        )
    }

    static let clock = FixedClock(LocalDateTime(iso: "2026-11-20T09:00")!)

    static func runtime(
        _ bot: RuntimeBot = pizza(), hook: (any CodeHook)? = nil, options: RuntimeOptions = RuntimeOptions()
    ) -> LexRuntime {
        try! LexRuntime(bot: bot, codeHook: hook, clock: clock, options: options)
    }
}

/// A hook whose answers the test scripts; it records every event.
final class ScriptedHook: CodeHook, Sendable {
    private let answer: @Sendable (CodeHookEvent) async throws -> CodeHookResponse
    private let recorded = Mutex<[CodeHookEvent]>([])

    init(_ answer: @escaping @Sendable (CodeHookEvent) async throws -> CodeHookResponse) {
        self.answer = answer
    }

    var events: [CodeHookEvent] { recorded.withLock { $0 } }

    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        recorded.withLock { $0.append(event) }
        return try await answer(event)
    }

    /// A response that delegates, keeping the event's intent.
    static func delegate(_ event: CodeHookEvent) -> CodeHookResponse {
        CodeHookResponse(
            sessionState: SessionState(dialogAction: DialogAction(type: .delegate), intent: event.sessionState.intent))
    }
}

extension LexRuntime {
    /// Sends `text` as session "s1" (or `session`) and returns the response.
    func say(_ text: String, session: String = "s1", attributes: [String: String]? = nil) async throws
        -> RecognizeTextResponse
    {
        let state = attributes.map { SessionState(sessionAttributes: $0) }
        return try await recognizeText(RecognizeTextRequest(sessionId: session, text: text, sessionState: state))
    }
}

extension RecognizeTextResponse {
    var action: DialogActionType? { sessionState.dialogAction?.type }
    var slotToElicit: String? { sessionState.dialogAction?.slotToElicit }
    var intentName: String? { sessionState.intent?.name }
    var state: IntentState? { sessionState.intent?.state }
    func slot(_ name: String) -> String? { sessionState.intent?.interpretedValue(of: name) }
}
