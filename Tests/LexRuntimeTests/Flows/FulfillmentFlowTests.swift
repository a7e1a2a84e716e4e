import CodeHooks
import LexModel
import Testing

@testable import LexRuntime

private struct Outage: Error {}

/// `postFulfillmentStatusSpecification`, the closing step, and conditional branches after them.
@Suite("Flows: fulfillment and closing")
struct FulfillmentFlowTests {
    private typealias Bots = FlowBots

    /// OrderPizza fulfilled right after Size: success goes to the closing response, failure and
    /// timeout have responses and end the conversation.
    private func bot(failure: FlowOutcome? = nil) -> RuntimeBot {
        Bots.pizza(fulfillmentHook: true) { intent in
            intent.slots[0].flow.onCapture = Bots.path(Bots.step(.fulfillIntent))
            intent.flow.fulfillment = RuntimeFulfillmentFlow(
                success: FlowOutcome(response: Bots.say("Paid."), path: Bots.path(Bots.step(.closeIntent))),
                failure: failure
                    ?? FlowOutcome(response: Bots.say("Payment failed."), path: Bots.path(Bots.step(.endConversation))),
                timeout: FlowOutcome(response: Bots.say("Still waiting."), path: Bots.path(Bots.step(.endConversation)))
            )
            intent.flow.closing = Bots.path(Bots.step(.elicitIntent))
        }
    }

    @Test("success: the success response, then the next step (the closing response, then its own next step)")
    func success() async throws {
        let hook = ScriptedHook { ScriptedHook.answer($0, .close, state: .fulfilled) }
        let reply = try await Bots.runtime(bot(), hook: hook).orderLarge()
        #expect(reply.replyText == "Paid.\nOrdered a large pizza.")
        #expect(reply.action == .elicitIntent)
        #expect(reply.state == .fulfilled)
        #expect(hook.events.map(\.invocationSource) == [.fulfillmentCodeHook])
        #expect(hook.events[0].invocationLabel == nil)
    }

    @Test("the hook's messages replace the success response; without a hook fulfillment succeeds silently")
    func messagesAndNoHook() async throws {
        let hook = ScriptedHook { ScriptedHook.answer($0, .close, state: .fulfilled, messages: ["Charged 10 EUR."]) }
        #expect(
            try await Bots.runtime(bot(), hook: hook).orderLarge().replyText
                == "Charged 10 EUR.\nOrdered a large pizza.")
        #expect(try await Bots.runtime(bot()).orderLarge().replyText == "Paid.\nOrdered a large pizza.")
    }

    @Test("failure: Close as Failed or a thrown error; the failure response and next step, state Failed")
    func failure() async throws {
        for hook in [
            ScriptedHook { ScriptedHook.answer($0, .close, state: .failed) }, ScriptedHook { _ in throw Outage() },
        ] {
            let reply = try await Bots.runtime(bot(), hook: hook).orderLarge()
            #expect(reply.replyText == "Payment failed.")
            #expect(reply.state == .failed)
            #expect(reply.action == .close)
        }
    }

    @Test("a failure the intent configures nothing for fails the turn, as Lex answers with an error")
    func unconfiguredFailure() async throws {
        let hook = ScriptedHook { ScriptedHook.answer($0, .close, state: .failed) }
        await #expect {
            _ = try await Bots.runtime(bot(failure: FlowOutcome()), hook: hook).orderLarge()
        } throws: { error in
            (error as? TurnError)?.kind == .invalidFlow
                && (error as? TurnError)?.message.contains("configures no failure response or next step") == true
        }
    }

    @Test("a conditional after fulfillment branches on the slots; the default branch without a next step closes")
    func conditionalAfterFulfillment() async throws {
        let bot = Bots.pizza { intent in
            intent.slots[0].flow.onCapture = Bots.path(Bots.step(.fulfillIntent))
            intent.flow.fulfillment = RuntimeFulfillmentFlow(
                success: FlowOutcome(
                    path: FlowPath(
                        conditional: FlowConditional(
                            isActive: true,
                            branches: [
                                FlowBranch(
                                    name: "Big", parsing: #"{Size} = "LARGE""#, response: Bots.say("A big one!"),
                                    next: Bots.step(.endConversation))
                            ],
                            defaultBranch: FlowBranch(name: "default", coverageKey: "default")))))
        }
        let runtime = Bots.runtime(bot)
        let large = try await runtime.orderLarge()
        #expect(large.replyText == "A big one!")
        #expect(large.trace.branches == ["branch Big"])
        _ = try await runtime.say("order a pizza", session: "s2")
        let small = try await runtime.say("small", session: "s2")
        #expect(small.replyText == "Ordered a small pizza.")
        #expect(small.trace.branches == ["default"])
        #expect(small.state == .fulfilled)
    }
}
