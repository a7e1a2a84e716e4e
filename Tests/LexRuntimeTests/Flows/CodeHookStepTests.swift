import CodeHooks
import LexModel
import Testing

@testable import LexRuntime

private struct Outage: Error, CustomStringConvertible {
    var description: String { "service unavailable" }
}

/// Code hook steps (`InvokeDialogCodeHook`) and elicitation code hooks: when the hook is called, with
/// which label, and where each outcome leads.
@Suite("Flows: code hook steps")
struct CodeHookStepTests {
    private typealias Bots = FlowBots

    /// OrderPizza with an initial code hook step labelled `Start`: success elicits Crust, failure
    /// and timeout end the conversation with their own responses.
    private func bot(invokes: Bool = true, dialogHook: Bool = true) -> RuntimeBot {
        Bots.pizza(dialogHook: dialogHook) { intent in
            intent.flow.initial = Bots.path(Bots.step(.invokeDialogCodeHook))
            intent.flow.initialCodeHook = FlowCodeHook(
                invokesHook: invokes,
                label: "Start",
                success: FlowOutcome(
                    response: Bots.say("Checked."), path: Bots.path(Bots.step(.elicitSlot, slot: "Crust"))),
                failure: FlowOutcome(response: Bots.say("Try later."), path: Bots.path(Bots.step(.endConversation))),
                timeout: FlowOutcome(response: Bots.say("Too slow."), path: Bots.path(Bots.step(.endConversation))),
                coverageKey: "OrderPizza.initial code hook Start")
        }
    }

    @Test("the step calls the hook with its label and the success path's slot as proposedNextState")
    func successWithLabel() async throws {
        let hook = ScriptedHook { ScriptedHook.delegate($0) }
        let reply = try await Bots.runtime(bot(), hook: hook).say("order a large pizza")
        #expect(reply.replyText == "Checked.\nWhich crust?")
        #expect(hook.events.count == 1)
        #expect(hook.events[0].invocationLabel == "Start")
        #expect(hook.events[0].proposedNextState?.dialogAction.slotToElicit == "Crust")
        #expect(reply.trace.hookCalls.map(\.label) == ["Start"])
        #expect(reply.trace.hookSteps == ["OrderPizza.initial code hook Start"])
    }

    @Test("without a call (invocation off, dialog hook off, no hook) the step takes its success path")
    func successWithoutCall() async throws {
        let hook = ScriptedHook { ScriptedHook.delegate($0) }
        for (bot, attached) in [
            (bot(invokes: false), hook as (any CodeHook)?), (bot(dialogHook: false), hook), (bot(), nil),
        ] {
            let reply = try await Bots.runtime(bot, hook: attached).say("order a large pizza")
            #expect(reply.replyText == "Checked.\nWhich crust?")
            #expect(reply.trace.hookCalls.isEmpty)
            #expect(reply.trace.hookSteps == ["OrderPizza.initial code hook Start"])
        }
        #expect(hook.events.isEmpty)
    }

    @Test("a hook's messages replace the success response")
    func messagesReplaceResponse() async throws {
        let hook = ScriptedHook { ScriptedHook.answer($0, .delegate, messages: ["Verified by the hook."]) }
        let reply = try await Bots.runtime(bot(), hook: hook).say("order a large pizza")
        #expect(reply.replyText == "Verified by the hook.\nWhich crust?")
    }

    @Test("a hook that throws, or closes the intent as Failed, takes the failure path")
    func failure() async throws {
        let throwing = ScriptedHook { _ in throw Outage() }
        let thrown = try await Bots.runtime(bot(), hook: throwing).say("order a large pizza")
        #expect(thrown.replyText == "Try later.")
        #expect(thrown.action == .close)
        #expect(thrown.state == .failed)
        #expect(thrown.trace.hookCalls.first?.error?.contains("service unavailable") == true)

        let closing = ScriptedHook { ScriptedHook.answer($0, .close, state: .failed, messages: ["Closed for today."]) }
        let closed = try await Bots.runtime(bot(), hook: closing).say("order a large pizza")
        #expect(closed.replyText == "Closed for today.")
        #expect(closed.state == .failed)
    }

    @Test("a hook that does not answer in time takes the timeout path", .timeLimit(.minutes(1)))
    func timeout() async throws {
        let hanging = ScriptedHook { event in
            try await Task.sleep(for: .seconds(3600))
            return ScriptedHook.delegate(event)
        }
        let runtime = try LexRuntime(
            bot: bot(), codeHook: hanging, clock: TestClock(), options: RuntimeOptions(hookTimeout: .milliseconds(200)))
        let reply = try await runtime.say("order a large pizza")
        #expect(reply.replyText == "Too slow.")
        #expect(reply.state == .failed)
        #expect(reply.trace.hookCalls.first?.error?.contains("did not answer") == true)
    }

    @Test("ElicitSlot, ConfirmIntent and Close as Fulfilled from the hook are obeyed instead of the next step")
    func hookDecides() async throws {
        let elicit = ScriptedHook { ScriptedHook.answer($0, .elicitSlot, slot: "Toppings") }
        let elicited = try await Bots.runtime(bot(), hook: elicit).say("order a large pizza")
        #expect(elicited.slotToElicit == "Toppings")
        #expect(elicited.replyText == "Which toppings?")

        let close = ScriptedHook { ScriptedHook.answer($0, .close, state: .fulfilled, messages: ["Done already."]) }
        let closed = try await Bots.runtime(bot(), hook: close).say("order a large pizza")
        #expect(closed.replyText == "Done already.")
        #expect(closed.state == .fulfilled)
    }

    @Test("an elicitation code hook gets each answer with its label; switched off, answers call no hook")
    func elicitationHook() async throws {
        func bot(invokes: Bool) -> RuntimeBot {
            Bots.pizza(dialogHook: true) { intent in
                intent.slots[1].flow.elicitationHook = FlowElicitationHook(
                    invokesHook: invokes, label: "CrustPrompt", coverageKey: "crust prompt")
            }
        }
        let hook = ScriptedHook { ScriptedHook.delegate($0) }
        let runtime = Bots.runtime(bot(invokes: true), hook: hook)
        _ = try await runtime.say("order a large pizza")
        let answered = try await runtime.say("stuffed")
        #expect(hook.events.map(\.invocationLabel) == [nil, "CrustPrompt"])
        #expect(hook.events[1].proposedNextState?.prompt?.attempt == "Retry1")
        #expect(answered.trace.hookSteps == ["crust prompt"])
        #expect(answered.slotToElicit == "Crust")

        let quiet = ScriptedHook { ScriptedHook.delegate($0) }
        let off = Bots.runtime(bot(invokes: false), hook: quiet)
        _ = try await off.say("order a large pizza")
        #expect(try await off.say("thin").action == .confirmIntent)
        #expect(quiet.events.count == 1)
    }

    @Test("InvokeDialogCodeHook where the step has no code hook fails the turn, naming the step")
    func noCodeHook() async throws {
        let bot = Bots.pizza { $0.slots[0].flow.onCapture = Bots.path(Bots.step(.invokeDialogCodeHook)) }
        await #expect {
            _ = try await Bots.runtime(bot).orderLarge()
        } throws: { error in
            let error = error as? TurnError
            return error?.kind == .invalidFlow && error?.message.contains("OrderPizza.slot.Size") == true
        }
    }
}
