import CodeHooks
import Foundation
import MeetyLambda
import Testing

@Suite("JSON entry point for a Lambda host")
struct LambdaJSONTests {
    private let bookMeeting = #"""
        {"messageVersion":"1.0","invocationSource":"FulfillmentCodeHook","inputMode":"Text",
         "responseContentType":"text/plain; charset=utf-8","sessionId":"s-1","inputTranscript":"yes",
         "bot":{"id":"B","name":"MeetyBot","localeId":"en_US","version":"DRAFT","aliasId":"A","aliasName":"dev"},
         "interpretations":[],
         "sessionState":{"sessionAttributes":{"channel":"web"},
          "intent":{"name":"BookMeeting","state":"ReadyForFulfillment","confirmationState":"Confirmed","slots":{
           "FullName":{"shape":"Scalar","value":{"originalValue":"Alice","interpretedValue":"Alice","resolvedValues":["Alice"]}},
           "MeetingDate":{"shape":"Scalar","value":{"originalValue":"next monday","interpretedValue":"2026-11-23","resolvedValues":["2026-11-23"]}},
           "MeetingTime":{"shape":"Scalar","value":{"originalValue":"11 am","interpretedValue":"11:00","resolvedValues":["11:00"]}},
           "MeetingDuration":{"shape":"Scalar","value":{"originalValue":"half an hour","interpretedValue":"half an hour","resolvedValues":["30"]}},
           "AttendeeEmail":{"shape":"Scalar","value":{"originalValue":"alice@example.com","interpretedValue":"alice@example.com","resolvedValues":["alice@example.com"]}}}}}}
        """#

    private func call(_ json: String) async throws -> (CodeHookResponse, InMemoryMeetingStore) {
        let (hook, store) = try Fixtures.hook()
        let data = await hook.handle(json: Data(json.utf8))
        let response = try JSONDecoder().decode(CodeHookResponse.self, from: data)
        Wire.checkLexRules(response)
        return (response, store)
    }

    private func edited(_ edit: (inout [String: Any]) -> Void) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(bookMeeting.utf8)) as? [String: Any])
        edit(&object)
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test("a real-shaped event books and answers with sorted-key JSON")
    func wellFormed() async throws {
        let (hook, _) = try Fixtures.hook()
        let data = await hook.handle(json: Data(bookMeeting.utf8))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix(#"{"messages":[{"content":"Thanks Alice, your 30-minute meeting on 2026-11-23"#))
        #expect(text.contains(#""dialogAction":{"type":"Close"}"#))
    }

    @Test("an event without sessionId (which crashed the original after writing) books once")
    func missingSessionId() async throws {
        let (response, store) = try await call(try edited { $0["sessionId"] = nil })
        #expect(response.sessionState.intent?.state == .fulfilled)
        #expect(try await store.allMeetings().count == 1)
    }

    @Test("missing bot, interpretations and transcript, and an unknown source, still get answers")
    func missingFields() async throws {
        let (response, store) = try await call(
            try edited {
                $0["bot"] = nil
                $0["interpretations"] = "nope"
                $0["inputTranscript"] = nil
                $0["messageVersion"] = 2
                $0["invocationSource"] = "SomethingNew"
            })
        #expect(response.sessionState.dialogAction?.type == .delegate)
        #expect(try await store.allMeetings().isEmpty)
    }

    @Test("a slot of the wrong type is read as unfilled and elicited")
    func wrongSlotType() async throws {
        let json = try edited { object in
            var state = object["sessionState"] as! [String: Any]
            var intent = state["intent"] as! [String: Any]
            var slots = intent["slots"] as! [String: Any]
            slots["MeetingTime"] = "11:00"
            intent["slots"] = slots
            state["intent"] = intent
            state["sessionAttributes"] = ["channel": "web", "count": 3]
            object["sessionState"] = state
        }
        let (response, store) = try await call(json)
        #expect(response.sessionState.dialogAction?.slotToElicit == "MeetingTime")
        #expect(response.sessionState.sessionAttributes == ["channel": "web"])
        #expect(try await store.allMeetings().isEmpty)
    }

    @Test(
        "bytes that are no event get an ElicitIntent",
        arguments: ["", "not json", "[]", "42", #"{"sessionState":{"intent":{"slots":{}}}}"#])
    func garbage(json: String) async throws {
        let (response, _) = try await call(json)
        #expect(response.sessionState.dialogAction?.type == .elicitIntent)
        #expect(response.messages?.first?.content?.hasPrefix("Sorry, I lost track") == true)
    }
}
