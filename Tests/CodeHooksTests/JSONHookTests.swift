import CodeHooks
import Foundation
import Testing

/// A hook that only succeeds on exactly the event it expects, and answers from the event.
private struct ExpectingHook: CodeHook {
    struct Mismatch: Error {}

    let expected: CodeHookEvent

    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        guard event == expected else { throw Mismatch() }
        var intent = event.currentIntent ?? Intent(name: "FallbackIntent")
        intent.slots?["MeetingTime"] = .some(nil)
        return CodeHookResponse(
            sessionState: SessionState(
                sessionAttributes: ["heard": event.inputTranscript],
                dialogAction: DialogAction(type: .elicitSlot, slotToElicit: "MeetingTime"),
                intent: intent
            ),
            messages: [.plain("You said \(event.inputTranscript)")]
        )
    }
}

/// A hook that always fails, to check that errors cross the adapters unchanged.
private struct FailingHook: CodeHook {
    struct StoreDown: Error, Equatable {}

    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        throw StoreDown()
    }
}

/// The adapters that put JSON between the simulator and a hook.
@Suite("JSON hook adapters")
struct JSONHookTests {
    @Test(
        "through JSON a hook receives an equal event and returns an equal response",
        arguments: [
            "dialog-first-turn", "dialog-unresolved-date", "dialog-ambiguous-time", "fulfillment-confirmed",
        ])
    func roundTrip(name: String) async throws {
        let event = try Fixture.event(name)
        let hook = ExpectingHook(expected: event)
        let direct = try await hook.handle(event)
        let viaJSON = try await JSONRoundTripHook(hook).handle(event)
        #expect(viaJSON == direct)
        #expect(viaJSON.sessionState.intent?.slots?["MeetingTime"] == .some(nil))
    }

    @Test("the real-world event also crosses JSON unchanged once decoded")
    func realWorldRoundTrip() async throws {
        let event = try CodeHookJSON.decodeEvent(Fixture.data("RealWorld/event-with-extra-fields.json"))
        let response = try await JSONRoundTripHook(ExpectingHook(expected: event)).handle(event)
        #expect(response.messages == [.plain("You said pizza and pasta for two on friday")])
    }

    @Test("an error thrown by the wrapped hook reaches the caller unchanged")
    func hookErrorsPropagate() async throws {
        let event = try Fixture.event("dialog-first-turn")
        await #expect(throws: FailingHook.StoreDown()) { try await JSONRoundTripHook(FailingHook()).handle(event) }
    }

    @Test("an event JSON cannot hold fails before the hook runs")
    func unencodableEvent() async throws {
        var event = try Fixture.event("dialog-first-turn")
        event.interpretations[0].nluConfidence = .infinity
        let error = await #expect(throws: CodeHookJSONError.self) {
            try await JSONRoundTripHook(ExpectingHook(expected: event)).handle(event)
        }
        #expect(error?.message == "cannot write interpretations[0].nluConfidence as JSON: inf is not representable")
    }

    @Test("a transport hook sends the compact sorted event and decodes the reply")
    func transportSendsWireJSON() async throws {
        let event = try Fixture.event("dialog-ambiguous-time")
        let expectedRequest = try CodeHookJSON.encode(event)
        let reply = try Fixture.data("Responses/elicit-slot-cleared.json")
        let hook = JSONTransportHook { request in
            guard request == expectedRequest else { throw ExpectingHook.Mismatch() }
            return reply
        }
        #expect(try await hook.handle(event) == (try Fixture.response("elicit-slot-cleared")))
    }

    @Test("a transport reply that is not a response names the field at fault")
    func transportBadReply() async throws {
        let event = try Fixture.event("dialog-first-turn")
        let hook = JSONTransportHook { _ in Data(#"{"sessionState": {"dialogAction": {}}}"#.utf8) }
        let error = await #expect(throws: CodeHookJSONError.self) { try await hook.handle(event) }
        #expect(error?.message == "missing field sessionState.dialogAction.type")
    }

    @Test("invoke is what a Lambda host runs: event bytes in, response bytes out")
    func invokeOnBytes() async throws {
        let eventJSON = try Fixture.data("Events/dialog-unresolved-date.json")
        let event = try CodeHookJSON.decodeEvent(eventJSON)
        let output = try await CodeHookJSON.invoke(ExpectingHook(expected: event), eventJSON: eventJSON)
        let response = try CodeHookJSON.decodeResponse(output)
        #expect(response.sessionState.sessionAttributes == ["heard": "13/13/2026"])
        #expect(output == (try CodeHookJSON.encode(response)))
        let bad = await #expect(throws: CodeHookJSONError.self) {
            try await CodeHookJSON.invoke(ExpectingHook(expected: event), eventJSON: Data("{}".utf8))
        }
        #expect(bad?.message == "missing field messageVersion")
    }
}
