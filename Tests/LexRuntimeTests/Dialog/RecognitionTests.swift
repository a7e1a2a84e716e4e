import CodeHooks
import Testing

@testable import LexRuntime

@Suite("Dialog: recognition, elicitation, retries, switching")
struct RecognitionTests {
    @Test("an utterance without slots starts the intent and elicits the first required slot")
    func recognitionWithoutSlots() async throws {
        let reply = try await TestBots.runtime().say("I want a pizza")
        #expect(reply.intentName == "OrderPizza")
        #expect(reply.action == .elicitSlot)
        #expect(reply.slotToElicit == "Size")
        #expect(reply.replyText == "What size?")
        #expect(reply.state == .inProgress)
        #expect(reply.interpretations.first?.nluConfidence == 1)
        #expect(reply.trace.utterances == [.init(intent: "OrderPizza", index: 0, exact: true)])
    }

    @Test("slots captured by the utterance are filled and not elicited again")
    func recognitionWithSlots() async throws {
        let reply = try await TestBots.runtime().say("order a big pizza")
        #expect(reply.slot("Size") == "large")
        #expect(reply.sessionState.intent?.slots?["Size"]??.value?.originalValue == "big")
        #expect(reply.slotToElicit == "Name")
        #expect(reply.replyText == "Your name?")
    }

    @Test("required slots are elicited in priority order; an optional slot is never asked for")
    func priorityOrderAndOptionalSlots() async throws {
        let runtime = TestBots.runtime(TestBots.pizza(confirmation: false))
        #expect(try await runtime.say("I want a pizza").slotToElicit == "Size")
        #expect(try await runtime.say("small").slotToElicit == "Name")
        let done = try await runtime.say("my name is Ann")
        #expect(done.action == .close)
        #expect(done.state == .fulfilled)
        #expect(done.slot("Topping") == nil)
        #expect(done.replyText == "Your small pizza is ordered, Ann.")
    }

    @Test("an optional slot is filled from the utterance that names it")
    func optionalSlotFromUtterance() async throws {
        let reply = try await TestBots.runtime().say("a small pizza with pineapple")
        #expect(reply.slot("Topping") == "pineapple")
        #expect(reply.slot("Size") == "small")
    }

    @Test("input below the confidence threshold goes to the fallback intent")
    func fallbackUnderThreshold() async throws {
        let reply = try await TestBots.runtime().say("what is the weather like")
        #expect(reply.intentName == "FallbackIntent")
        #expect(reply.action == .close)
        #expect(reply.state == .fulfilled)
        #expect(reply.replyText == "Sorry?")
        #expect(reply.interpretations.first?.intent.name == "FallbackIntent")
        #expect(reply.interpretations.first?.nluConfidence == nil)
    }

    @Test("a similar input above the threshold is recognised by its Dice score")
    func similarityAboveThreshold() async throws {
        let reply = try await TestBots.runtime().say("I want pizza")
        #expect(reply.intentName == "OrderPizza")
        let score = try #require(reply.interpretations.first?.nluConfidence)
        #expect(abs(score - 0.857) < 0.001)
    }

    @Test("at most five interpretations are returned, best first")
    func interpretationsCapped() async throws {
        let reply = try await TestBots.runtime().say("hello")
        #expect(reply.interpretations.count <= 5)
        #expect(reply.interpretations.map(\.intent.name) == ["Greet", "FallbackIntent", "OrderPizza"])
    }

    @Test("a slot answer may use the slot's sample utterances or the intent's utterances")
    func slotUtterances() async throws {
        let runtime = TestBots.runtime()
        _ = try await runtime.say("I want a pizza")
        let reply = try await runtime.say("make it little")
        #expect(reply.slot("Size") == "small")
        #expect(reply.trace.utterances == [.init(intent: "OrderPizza", slot: "Size", index: 0, exact: true)])
        let other = TestBots.runtime()
        _ = try await other.say("I want a pizza")
        #expect(try await other.say("order a large pizza").slot("Size") == "large")
    }

    @Test("after maxRetries failed answers the slot's failure message and the fallback closing end the intent")
    func retriesExhausted() async throws {
        let runtime = TestBots.runtime()
        let first = try await runtime.say("I want a pizza")
        #expect(first.replyText == "What size?")
        let retry1 = try await runtime.say("gigantic")
        #expect(retry1.slotToElicit == "Size")
        #expect(retry1.sessionState.intent?.slots?["Size"] == .some(nil))
        let retry2 = try await runtime.say("enormous")
        #expect(retry2.slotToElicit == "Size")
        let failed = try await runtime.say("colossal")
        #expect(failed.intentName == "FallbackIntent")
        #expect(failed.action == .close)
        #expect(failed.replyText == "Sorry, I could not get the size.\nSorry?")
        #expect(failed.trace.retriesExhausted)
        #expect(runtime.sessionState("s1")?.intent == nil)
    }

    @Test("an input that matches another intent exactly switches intents mid-elicitation")
    func intentSwitch() async throws {
        let runtime = TestBots.runtime()
        _ = try await runtime.say("I want a pizza")
        let reply = try await runtime.say("hello")
        #expect(reply.intentName == "Greet")
        #expect(reply.replyText == "Hello!")
        #expect(runtime.sessionState("s1")?.intent == nil)
    }

    @Test("sessions are independent")
    func independentSessions() async throws {
        let runtime = TestBots.runtime()
        _ = try await runtime.say("I want a pizza", session: "a1")
        let other = try await runtime.say("small", session: "b1")
        #expect(other.intentName == "FallbackIntent")
        #expect(try await runtime.say("small", session: "a1").slotToElicit == "Name")
    }

    @Test("many sessions run concurrently on one runtime")
    func concurrentSessions() async throws {
        let runtime = TestBots.runtime(TestBots.pizza(confirmation: false))
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let session = "session-\(index)"
                    _ = try await runtime.say("order a small pizza", session: session)
                    let done = try await runtime.say("my name is Ann", session: session)
                    return done.state == .fulfilled
                }
            }
            var fulfilled = 0
            for try await ok in group where ok { fulfilled += 1 }
            #expect(fulfilled == 200)
        }
    }

    @Test("invalid requests are turn errors, not crashes")
    func invalidRequests() async throws {
        let runtime = TestBots.runtime()
        await #expect(throws: TurnError.self) { try await runtime.say("   ") }
        await #expect(throws: TurnError.self) { try await runtime.say("hi", session: "x") }
        await #expect(throws: TurnError.self) { try await runtime.say(String(repeating: "a", count: 1025)) }
        await #expect(throws: TurnError.self) {
            try await runtime.recognizeText(RecognizeTextRequest(sessionId: "s1", text: "hi", localeId: "fr_FR"))
        }
    }
}
