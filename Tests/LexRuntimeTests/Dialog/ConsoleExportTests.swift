import CodeHooks
import Foundation
import LexFacts
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import LexRuntime

/// The simulator runs bots exported from the Lex console, not only bots compiled from YAML.
@Suite("Dialog: real console exports")
struct ConsoleExportTests {
    private func runtime(_ export: String, hook: (any CodeHook)? = nil) throws -> LexRuntime {
        var bag = DiagnosticBag()
        let directory = TestResources.path("Tests/LexModelTests/Fixtures/\(export)")
        let model = try #require(LexExportReader().read(directory: directory, into: &bag), "\(bag.diagnostics)")
        let clock = FixedClock(LocalDateTime(iso: "2026-11-20T09:00")!)
        return try LexRuntime(bot: RuntimeBot(export: model), codeHook: hook, clock: clock)
    }

    @Test("PizzaShop: a topping from the first utterance, the crust elicited, the closing with the topping")
    func pizzaShop() async throws {
        let runtime = try runtime("PizzaShop")
        let first = try await runtime.say("i want a pepperoni pizza")
        #expect(first.intentName == "MakePizza")
        #expect(first.slot("topping") == "pepperoni")
        #expect(first.slotToElicit == "crust")
        #expect(first.replyText == "What kind of crust? Thin, pan, or deep dish?")
        let unknown = try await runtime.say("stuffed")
        #expect(unknown.slotToElicit == "crust")
        let done = try await runtime.say("deep dish")
        #expect(done.slot("crust") == "deep dish")
        #expect(done.state == .fulfilled)
        #expect(done.replyText == "we have made your pizza with pepperoni on it")
        #expect(done.slot("waitStop") == nil)
    }

    @Test("PizzaShop: an unrelated input goes to the fallback intent, which has no closing")
    func pizzaShopFallback() async throws {
        let reply = try await runtime("PizzaShop").say("what is the capital of France")
        #expect(reply.intentName == "FallbackIntent")
        #expect(reply.action == .close)
        #expect(reply.messages.isEmpty)
    }

    @Test("TravelBuddy: slots by priority, the dialog hook on every turn, the confirmation, fulfilment")
    func travelBuddy() async throws {
        let hook = ScriptedHook { ScriptedHook.delegate($0) }
        let runtime = try runtime("TravelBuddy", hook: hook)
        let first = try await runtime.say("Book a 3 night stay in Chicago")
        #expect(first.intentName == "BookHotel")
        #expect(first.slot("Nights") == "3")
        #expect(first.slot("Location") == "Chicago")
        #expect(first.replyText == "What day do you want to check in?")
        #expect(try await runtime.say("tomorrow").slotToElicit == "RoomType")
        #expect(try await runtime.say("king").slotToElicit == "BreakfastIncluded")
        let confirm = try await runtime.say("sure")
        #expect(confirm.slot("BreakfastIncluded") == "Yes")
        #expect(confirm.action == .confirmIntent)
        #expect(
            confirm.replyText
                == "OK, I have you down for a king room with a 3 night stay in Chicago, arriving on 2026-11-21.  "
                + "Would you like to place your booking?"
        )
        let done = try await runtime.say("yes")
        #expect(done.state == .fulfilled)
        #expect(done.sessionState.intent?.confirmationState == .confirmed)
        #expect(hook.events.count == 5)
        #expect(hook.events.allSatisfy { $0.invocationSource == .dialogCodeHook && $0.bot.name == "TravelBuddy" })
    }

    @Test("TravelBuddy: the slot's capture failure response is said when retries run out")
    func travelBuddyRetries() async throws {
        let runtime = try runtime("TravelBuddy", hook: ScriptedHook { ScriptedHook.delegate($0) })
        _ = try await runtime.say("Book a car")
        var reply = try await runtime.say("Chicago")
        #expect(reply.slotToElicit == "PickUpDate")
        for _ in 0..<2 {
            reply = try await runtime.say("whenever")
            #expect(reply.slotToElicit == "PickUpDate")
        }
        reply = try await runtime.say("whenever")
        #expect(reply.intentName == "FallbackIntent")
        #expect(reply.replyText.hasPrefix("Sorry I am having trouble understanding"))
    }
}
