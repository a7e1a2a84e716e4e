import CodeHooks
import Testing

@testable import LexRuntime

@Suite("Dialog: confirmation, closing, messages, session attributes")
struct ConfirmationTests {
    private func runtimeAtConfirmation(options: RuntimeOptions = RuntimeOptions()) async throws -> LexRuntime {
        let runtime = TestBots.runtime(options: options)
        _ = try await runtime.say("order a large pizza", attributes: ["store": "Main"])
        let reply = try await runtime.say("Ann")
        #expect(reply.action == .confirmIntent)
        #expect(reply.replyText == "A large pizza for Ann, Main store?")
        return runtime
    }

    @Test("yes confirms and fulfils with the closing response")
    func confirmed() async throws {
        let runtime = try await runtimeAtConfirmation()
        let reply = try await runtime.say("yes")
        #expect(reply.state == .fulfilled)
        #expect(reply.sessionState.intent?.confirmationState == .confirmed)
        #expect(reply.replyText == "Your large pizza is ordered, Ann.")
        #expect(reply.trace.messageKeys == ["OrderPizza.closing"])
    }

    @Test("no declines: the declination response and intent Failed")
    func denied() async throws {
        let runtime = try await runtimeAtConfirmation()
        let reply = try await runtime.say("no")
        #expect(reply.state == .failed)
        #expect(reply.sessionState.intent?.confirmationState == .denied)
        #expect(reply.action == .close)
        #expect(reply.replyText == "Cancelled.")
    }

    @Test("an unclear answer is re-prompted; when retries run out the fallback takes over")
    func unclear() async throws {
        let runtime = try await runtimeAtConfirmation()
        let again = try await runtime.say("purple")
        #expect(again.action == .confirmIntent)
        let failed = try await runtime.say("elephant")
        #expect(failed.intentName == "FallbackIntent")
        #expect(failed.replyText == "I did not get a yes or no.\nSorry?")
    }

    @Test("session attributes persist across turns and a sent map replaces them")
    func sessionAttributes() async throws {
        let runtime = try await runtimeAtConfirmation()
        #expect(runtime.sessionState("s1")?.sessionAttributes == ["store": "Main"])
        let replaced = try await runtime.say("yes", attributes: ["channel": "web"])
        #expect(replaced.sessionState.sessionAttributes == ["channel": "web"])
    }

    @Test("without a seed the main message is said; a seed picks variations reproducibly")
    func variations() async throws {
        let plain = try await TestBots.runtime().say("I want a pizza")
        #expect(plain.replyText == "What size?")
        var seen = Set<String>()
        for seed in UInt64(1)...12 {
            let options = RuntimeOptions(variationSeed: seed)
            let first = try await TestBots.runtime(options: options).say("I want a pizza").replyText
            let second = try await TestBots.runtime(options: options).say("I want a pizza").replyText
            #expect(first == second)
            seen.insert(first)
        }
        #expect(seen.isSubset(of: ["What size?", "Which size?", "How big?"]))
        #expect(seen.count > 1)
    }

    @Test("{Slot} and [attribute] references are substituted; unknown ones become empty")
    func substitution() {
        let slots = ["Size": SlotValue(originalValue: "big", interpretedValue: "large", resolvedValues: ["large"])]
        let text = MessageRenderer.substitute(
            "A {Size} pie at [store]{Missing}[none].", slots: slots, attributes: ["store": "Main"])
        #expect(text == "A large pie at Main.")
        #expect(MessageRenderer.substitute("a [b c] {d e}", slots: [:], attributes: [:]) == "a [b c] {d e}")
    }
}
