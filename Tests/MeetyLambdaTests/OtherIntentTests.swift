import CodeHooks
import MeetyLambda
import Testing

@Suite("Other intents")
struct OtherIntentTests {
    @Test(
        "dialog calls of other intents delegate with the intent unchanged",
        arguments: ["StartMeety", "FallbackIntent", "bookmeeting", "Anything"])
    func dialogDelegates(name: String) async throws {
        let (hook, _) = try Fixtures.hook()
        let intent = Intent(
            name: name, slots: ["Whatever": Events.slot("x")], state: .inProgress,
            confirmationState: ConfirmationState.none)
        let result = try await Wire.call(hook, Events.event(.dialogCodeHook, intent: intent))
        #expect(result.action == .delegate)
        #expect(result.response.sessionState.intent == intent)
        #expect(result.response.messages == nil && result.object["messages"] == nil)
        #expect(result.response.sessionState.sessionAttributes == ["channel": "web"])
    }

    @Test(
        "fulfillment calls of other intents close as Fulfilled without messages",
        arguments: ["StartMeety", "FallbackIntent", "Anything"])
    func fulfillmentCloses(name: String) async throws {
        let (hook, store) = try Fixtures.hook()
        let intent = Intent(name: name, slots: nil, state: .readyForFulfillment)
        let result = try await Wire.call(hook, Events.event(.fulfillmentCodeHook, intent: intent))
        #expect(result.action == .close && result.intentState == .fulfilled)
        #expect(result.response.sessionState.intent?.name == name)
        #expect(result.response.messages == nil)
        #expect(try await store.allMeetings().isEmpty)
    }
}
