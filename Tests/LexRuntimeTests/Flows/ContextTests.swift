import CodeHooks
import LexModel
import Testing

@testable import LexRuntime

/// Input and output contexts on the conversation's clock, and the idle session timeout.
@Suite("Flows: contexts and the session clock")
struct ContextTests {
    private typealias Bots = FlowBots

    /// OrderPizza activates `order-placed` (90 s, 2 turns) when fulfilled right after Size.
    private func bot() -> RuntimeBot {
        Bots.pizza { intent in
            intent.slots[0].flow.onCapture = Bots.path(Bots.step(.fulfillIntent))
            intent.flow.outputContexts = [
                RuntimeOutputContext(name: "order-placed", timeToLiveInSeconds: 90, turnsToLive: 2)
            ]
        }
    }

    @Test("an intent gated by an input context is not recognised until the context is active")
    func gating() async throws {
        let runtime = Bots.runtime(bot())
        #expect(try await runtime.say("where is my order").intentName == "FallbackIntent")
        let ordered = try await runtime.orderLarge()
        let context = try #require(ordered.sessionState.activeContexts?.first)
        #expect(context.name == "order-placed")
        #expect(context.timeToLive == .init(timeToLiveInSeconds: 90, turnsToLive: 2))
        #expect(context.contextAttributes == ["Size": "large"])
        let tracked = try await runtime.say("where is my order")
        #expect(tracked.intentName == "Track")
        #expect(tracked.sessionState.activeContexts?.first?.timeToLive.turnsToLive == 1)
    }

    @Test("a context lasts turnsToLive requests, each request using one")
    func turnsToLive() async throws {
        let runtime = Bots.runtime(bot())
        _ = try await runtime.orderLarge()
        _ = try await runtime.say("hello")
        let last = try await runtime.say("where is my order")
        #expect(last.intentName == "Track")
        #expect(last.sessionState.activeContexts == [])
        _ = try await runtime.say("7")
        #expect(try await runtime.say("where is my order").intentName == "FallbackIntent")
    }

    @Test("a context ends when its time to live has passed on the conversation's clock")
    func timeToLive() async throws {
        let clock = TestClock()
        let runtime = Bots.runtime(bot(), clock: clock)
        _ = try await runtime.orderLarge()
        clock.advance(seconds: 89)
        #expect(try await runtime.say("hello").sessionState.activeContexts?.first?.timeToLive.timeToLiveInSeconds == 1)
        clock.advance(seconds: 1)
        #expect(try await runtime.say("where is my order").intentName == "FallbackIntent")
    }

    @Test("hooks see the active contexts and may replace them; a request's session state keeps or clears them")
    func hooksAndRequests() async throws {
        let given = ActiveContext(name: "order-placed", timeToLive: .init(timeToLiveInSeconds: 60, turnsToLive: 3))
        let hook = ScriptedHook { event in
            event.sessionState.intent?.name == "Greet"
                ? ScriptedHook.answer(event, .delegate, contexts: [given]) : ScriptedHook.delegate(event)
        }
        var greetWithHook = bot()
        greetWithHook.locales[0].intents[1].dialogHook = true
        greetWithHook.locales[0].intents[2].dialogHook = true
        let runtime = Bots.runtime(greetWithHook, hook: hook)
        let greeted = try await runtime.say("hello")
        #expect(greeted.sessionState.activeContexts == [given])
        _ = try await runtime.say("where is my order")
        let seen = try #require(hook.events.last?.sessionState.activeContexts?.first)
        #expect(seen.name == "order-placed")
        #expect(seen.timeToLive.turnsToLive == 2)

        let kept = try await runtime.recognizeText(
            .init(sessionId: "s1", text: "order a pizza", sessionState: SessionState(sessionAttributes: [:])))
        #expect(kept.sessionState.activeContexts?.map(\.name) == ["order-placed"])
        let cleared = try await runtime.recognizeText(
            .init(
                sessionId: "s1", text: "order a pizza",
                sessionState: SessionState(activeContexts: [], sessionAttributes: [:])))
        #expect(cleared.sessionState.activeContexts == [])
    }

    @Test("a session idle for the bot's idle timeout starts afresh; one idle for less keeps its dialog")
    func idleSession() async throws {
        let clock = TestClock()
        let runtime = Bots.runtime(Bots.pizza(), clock: clock)
        _ = try await runtime.say("order a pizza", attributes: ["channel": "web"])
        clock.advance(seconds: 299)
        let kept = try await runtime.say("large")
        #expect(kept.slot("Size") == "large")
        #expect(kept.sessionState.sessionAttributes == ["channel": "web"])
        clock.advance(seconds: 300)
        let fresh = try await runtime.say("thin")
        #expect(fresh.intentName == "FallbackIntent")
        #expect(fresh.sessionState.sessionAttributes == [:])
    }
}
