import CodeHooks
import Testing

@testable import LexRuntime

private struct Boom: Error, CustomStringConvertible {
    var description: String { "database unavailable" }
}

@Suite("Dialog: code hooks")
struct HookTests {
    private func response(
        _ event: CodeHookEvent,
        _ type: DialogActionType,
        slot: String? = nil,
        state: IntentState? = nil,
        messages: [String]? = nil,
        slots: [String: Slot?]? = nil,
        attributes: [String: String]? = nil
    ) -> CodeHookResponse {
        var intent = event.sessionState.intent ?? Intent(name: "OrderPizza")
        if let state { intent.state = state }
        if let slots { intent.slots = slots }
        return CodeHookResponse(
            sessionState: SessionState(
                sessionAttributes: attributes, dialogAction: DialogAction(type: type, slotToElicit: slot),
                intent: intent),
            messages: messages.map { $0.map(Message.plain) }
        )
    }

    @Test("the dialog hook runs on the recognising turn and on every input; Delegate continues the flow")
    func delegate() async throws {
        let hook = ScriptedHook { ScriptedHook.delegate($0) }
        let runtime = TestBots.runtime(TestBots.pizza(dialogHook: true), hook: hook)
        let first = try await runtime.say("I want a pizza")
        #expect(first.slotToElicit == "Size")
        _ = try await runtime.say("small")
        #expect(hook.events.count == 2)
        let event = hook.events[0]
        #expect(event.invocationSource == .dialogCodeHook)
        #expect(event.inputTranscript == "I want a pizza")
        #expect(event.sessionState.intent?.name == "OrderPizza")
        #expect(event.sessionState.intent?.slots?["Size"] == .some(nil))
        #expect(event.proposedNextState?.dialogAction.slotToElicit == "Size")
        #expect(event.proposedNextState?.prompt?.attempt == "Initial")
        #expect(event.interpretations.first?.nluConfidence == 1)
        #expect(event.bot.name == "PizzaBot")
        #expect(hook.events[1].sessionState.dialogAction?.slotToElicit == "Size")
        #expect(hook.events[1].sessionState.intent?.interpretedValue(of: "Size") == "small")
    }

    @Test("an unresolved answer reaches the hook with originalValue only and a Retry1 proposal")
    func unresolvedReachesHook() async throws {
        let hook = ScriptedHook { ScriptedHook.delegate($0) }
        let runtime = TestBots.runtime(TestBots.pizza(dialogHook: true), hook: hook)
        _ = try await runtime.say("I want a pizza")
        let reply = try await runtime.say("gigantic")
        let event = try #require(hook.events.last)
        let value = try #require(event.sessionState.intent?.slots?["Size"] ?? nil)
        #expect(value.value == SlotValue(originalValue: "gigantic", interpretedValue: nil, resolvedValues: []))
        #expect(event.proposedNextState?.prompt?.attempt == "Retry1")
        #expect(event.proposedNextState?.intent.slots?["Size"] == .some(nil))
        #expect(reply.slotToElicit == "Size")
    }

    @Test("ElicitSlot from the hook prompts with its messages, clears what it clears, and restarts the count")
    func elicitSlot() async throws {
        let hook = ScriptedHook { event in
            if event.inputTranscript == "small" {
                return self.response(
                    event, .elicitSlot, slot: "Size", messages: ["We are out of small."],
                    slots: ["Size": nil, "Name": nil, "Topping": nil])
            }
            return ScriptedHook.delegate(event)
        }
        let runtime = TestBots.runtime(TestBots.pizza(dialogHook: true), hook: hook)
        _ = try await runtime.say("I want a pizza")
        for _ in 0..<4 {
            let reply = try await runtime.say("small")
            #expect(reply.replyText == "We are out of small.")
            #expect(reply.slotToElicit == "Size")
            #expect(reply.slot("Size") == nil)
        }
        #expect(try await runtime.say("large").slotToElicit == "Name")
    }

    @Test("ElicitSlot without messages uses the slot's prompt")
    func elicitSlotDefaultPrompt() async throws {
        let hook = ScriptedHook { self.response($0, .elicitSlot, slot: "Name") }
        let runtime = TestBots.runtime(TestBots.pizza(dialogHook: true), hook: hook)
        let reply = try await runtime.say("I want a pizza")
        #expect(reply.slotToElicit == "Name")
        #expect(reply.replyText == "Your name?")
    }

    @Test("ConfirmIntent, ElicitIntent and Close from the dialog hook are obeyed")
    func otherActions() async throws {
        let confirm = TestBots.runtime(
            TestBots.pizza(dialogHook: true),
            hook: ScriptedHook { self.response($0, .confirmIntent, messages: ["Sure?"]) }
        )
        let asked = try await confirm.say("I want a pizza")
        #expect(asked.action == .confirmIntent)
        #expect(asked.replyText == "Sure?")

        let elicit = TestBots.runtime(
            TestBots.pizza(dialogHook: true),
            hook: ScriptedHook { self.response($0, .elicitIntent, messages: ["What else?"]) }
        )
        #expect(try await elicit.say("I want a pizza").action == .elicitIntent)
        #expect(try await elicit.say("hello").intentName == "Greet")

        let close = TestBots.runtime(
            TestBots.pizza(dialogHook: true),
            hook: ScriptedHook { self.response($0, .close, state: .failed, messages: ["Closed today."]) }
        )
        let closed = try await close.say("I want a pizza")
        #expect(closed.state == .failed)
        #expect(closed.replyText == "Closed today.")
        #expect(close.sessionState("s1")?.intent == nil)
    }

    @Test("the fulfillment hook's Close messages replace the closing; without messages the closing is said")
    func fulfillment() async throws {
        let hook = ScriptedHook { event in
            #expect(event.invocationSource == .fulfillmentCodeHook)
            #expect(event.sessionState.intent?.state == .readyForFulfillment)
            let messages = event.sessionState.intent?.interpretedValue(of: "Name") == "Ann" ? ["Done, Ann."] : nil
            return self.response(event, .close, state: .fulfilled, messages: messages, attributes: ["orders": "1"])
        }
        let runtime = TestBots.runtime(TestBots.pizza(fulfillmentHook: true, confirmation: false), hook: hook)
        _ = try await runtime.say("order a small pizza")
        let done = try await runtime.say("Ann")
        #expect(done.replyText == "Done, Ann.")
        #expect(done.state == .fulfilled)
        #expect(done.sessionState.sessionAttributes == ["orders": "1"])
        _ = try await runtime.say("order a small pizza", session: "s2")
        #expect(try await runtime.say("Bob", session: "s2").replyText == "Your small pizza is ordered, Bob.")
        #expect(
            done.trace.hookCalls == [
                .init(source: .fulfillmentCodeHook, intent: "OrderPizza", action: "Close", state: "Fulfilled")
            ])
    }

    @Test("a hook that throws is a turn error and leaves the session unchanged")
    func hookThrows() async throws {
        let hook = ScriptedHook { event in
            if event.inputTranscript == "small" { throw Boom() }
            return ScriptedHook.delegate(event)
        }
        let runtime = TestBots.runtime(TestBots.pizza(dialogHook: true), hook: hook)
        _ = try await runtime.say("I want a pizza")
        await #expect {
            try await runtime.say("small")
        } throws: { error in
            (error as? TurnError)?.kind == .hookFailed && "\(error)".contains("database unavailable")
        }
        #expect(try await runtime.say("large").slotToElicit == "Name")
    }

    @Test("an invalid hook response is a turn error that says what is wrong")
    func invalidResponses() async throws {
        let cases: [(DialogActionType, String?, String)] = [
            (DialogActionType(rawValue: "Dance"), nil, "invalid dialog action type 'Dance'"),
            (.elicitSlot, "Crust", "slot to elicit 'Crust' is not a slot of intent 'OrderPizza'"),
            (.elicitSlot, nil, "ElicitSlot needs sessionState.dialogAction.slotToElicit"),
        ]
        for (type, slot, expected) in cases {
            let runtime = TestBots.runtime(
                TestBots.pizza(dialogHook: true), hook: ScriptedHook { self.response($0, type, slot: slot) })
            await #expect {
                try await runtime.say("I want a pizza")
            } throws: { error in
                (error as? TurnError)?.kind == .invalidHookResponse && "\(error)".contains(expected)
            }
        }
    }

    @Test("a hook that never answers times out as a turn error")
    func timeout() async throws {
        let hook = ScriptedHook { _ in
            while true { try? await Task.sleep(for: .seconds(60)) }
        }
        let runtime = TestBots.runtime(
            TestBots.pizza(dialogHook: true), hook: hook, options: RuntimeOptions(hookTimeout: .milliseconds(50)))
        await #expect {
            try await runtime.say("I want a pizza")
        } throws: { error in
            (error as? TurnError)?.kind == .hookTimedOut
        }
    }
}
