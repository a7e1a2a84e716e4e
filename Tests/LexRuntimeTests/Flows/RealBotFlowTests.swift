import CodeHooks
import Foundation
import LexFacts
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import LexRuntime

/// The flows of real console exports, with a hook that records what Lex would send it.
@Suite("Flows: real console exports")
struct RealBotFlowTests {
    private func runtime(_ bot: String, hook: (any CodeHook)?) throws -> LexRuntime {
        var bag = DiagnosticBag()
        let directory = TestResources.path("Tests/LexModelTests/Fixtures/real-bots/\(bot)/export")
        let model = try #require(LexExportReader().read(directory: directory, into: &bag), "\(bag.diagnostics)")
        return try LexRuntime(bot: RuntimeBot(export: model), codeHook: hook, clock: TestClock())
    }

    @Test("reminderbot CallIntent: the initial, prompt and validation hooks by label, then fulfillment")
    func reminderCall() async throws {
        let hook = ScriptedHook { event in
            if event.invocationSource == .fulfillmentCodeHook {
                return ScriptedHook.answer(event, .close, state: .fulfilled, messages: ["Booked."])
            }
            return ScriptedHook.delegate(event)
        }
        let runtime = try runtime("reminderbot", hook: hook)
        let first = try await runtime.say("Please call me")
        #expect(
            first.replyText == "We'll call you the day before your appointment.\nWhat time would you like the call?")
        #expect(first.sessionState.sessionAttributes == ["fallback-count": "0", "slot-failure": "false"])
        let done = try await runtime.say("10:00")
        #expect(done.replyText == "Booked.")
        #expect(done.state == .fulfilled)
        #expect(
            hook.events.map(\.invocationLabel) == [
                "CallIntent_InitialCodeHook", "CallIntent_TimeSlot_PromptCodeHook",
                "CallIntent_TimeSlot_ValidationCodeHook", nil,
            ])
        #expect(hook.events.last?.invocationSource == .fulfillmentCodeHook)
        #expect(done.trace.nextSteps.contains("CallIntent.slot.Time.capture → InvokeDialogCodeHook"))
    }

    @Test("reminderbot EmailIntent: a number out of range resets the slot and asks again without the prompt")
    func reminderEmail() async throws {
        let runtime = try runtime("reminderbot", hook: nil)
        let first = try await runtime.say("Please send me an email")
        #expect(first.trace.branches == ["EmailIntent.initial default branch"])
        let tooFar = try await runtime.say("9")
        #expect(
            tooFar.replyText
                == "We can't email more than a week before your appointment. Please choose a number between 1 and 7.")
        #expect(tooFar.slotToElicit == "DaysBefore")
        #expect(tooFar.slot("DaysBefore") == nil)
        #expect(tooFar.trace.branches == ["EmailIntent.slot.DaysBefore.capture branch DaysGreaterThan7"])
        let done = try await runtime.say("3")
        #expect(done.replyText == "No problem! Your email reminder has been set up for 3 days before your appointment.")
        #expect(done.state == .fulfilled)
    }

    @Test("reminderbot FallbackIntent: branches over session attributes count the failed attempts")
    func reminderFallback() async throws {
        let runtime = try runtime("reminderbot", hook: nil)
        var replies: [String] = []
        for _ in 0..<4 { replies.append(try await runtime.say("purple elephants").replyText) }
        #expect(replies[0].hasPrefix("Sorry, I didn't understand, can you rephrase? I am only able"))
        #expect(replies[1].hasSuffix("Which would you prefer?"))
        #expect(replies[2].hasPrefix("Sorry, I didn't understand. You can say things like"))
        #expect(replies[3] == "One of our customer service agents will be in touch shortly to help with your request.")
        #expect(runtime.sessionState("s1")?.sessionAttributes?["fallback-count"] == "3")
    }

    @Test("aws-cloud-assistant: listing activates selected-instances, which terminating needs; a default count")
    func cloudAssistant() async throws {
        let runtime = try runtime("aws-cloud-assistant", hook: nil)
        let listed = try await runtime.say("List all EC2 instances")
        #expect(listed.replyText == "Requested instances have been listed.")
        #expect(listed.sessionState.activeContexts?.map(\.name) == ["selected-instances"])
        let terminated = try await runtime.say("Terminate these instances")
        #expect(terminated.intentName == "ec2-terminate")
        #expect(terminated.state == .fulfilled)
        let created = try await runtime.say("launch a t2 instance", session: "create")
        #expect(created.slot("count") == "1")
        #expect(created.slotToElicit == "instanceType")
    }
}
