import CodeHooks
import Foundation
import Testing

/// The message and session-attribute rules, and validation of raw JSON.
@Suite("Response validator: messages, attributes and JSON")
struct ResponseValidatorMessageTests {
    private func problems(_ messages: [Message]) -> [CodeHookResponseProblem] {
        Sample.problems(Sample.response(.delegate, messages: messages))
    }

    @Test("at most 10 messages")
    func tooManyMessages() {
        #expect(problems(Array(repeating: .plain("Hi"), count: 10)).isEmpty)
        let result = problems(Array(repeating: .plain("Hi"), count: 11))
        #expect(result.map(\.kind) == [.tooManyMessages])
        #expect(result.map(\.message) == ["11 messages; a response may have at most 10"])
    }

    @Test("a content type Lex does not define is named, with a suggestion and the valid types")
    func unknownContentType() {
        let result = problems([.plain("Hi"), Message(contentType: "Plaintext", content: "Hi")])
        #expect(result.map(\.kind) == [.unknownContentType])
        #expect(result.map(\.path) == ["messages[1].contentType"])
        #expect(
            result.map(\.message) == [
                "invalid content type 'Plaintext' in messages[1] (did you mean 'PlainText'?); "
                    + "valid types: CustomPayload, ImageResponseCard, PlainText, SSML"
            ]
        )
    }

    @Test("PlainText, SSML and CustomPayload need non-empty content")
    func missingContent() {
        let result = problems([
            Message(content: nil), Message(contentType: Message.ssml, content: ""),
            Message(contentType: Message.customPayload, content: #"{"a":1}"#),
        ])
        #expect(result.map(\.kind) == [.missingContent, .missingContent])
        #expect(
            result.map(\.message) == [
                "messages[0] of type PlainText needs non-empty content",
                "messages[1] of type SSML needs non-empty content",
            ]
        )
    }

    @Test("content is at most 1024 characters, counted in UTF-16 as Lex does")
    func contentTooLong() {
        #expect(problems([.plain(String(repeating: "a", count: 1024))]).isEmpty)
        #expect(problems([.plain(String(repeating: "😀", count: 512))]).isEmpty)
        let result = problems([.plain(String(repeating: "a", count: 1025)), .plain(String(repeating: "😀", count: 513))])
        #expect(result.map(\.kind) == [.contentTooLong, .contentTooLong])
        #expect(
            result.map(\.message) == [
                "messages[0] content is 1025 characters long; at most 1024 are allowed",
                "messages[1] content is 1026 characters long; at most 1024 are allowed",
            ]
        )
    }

    @Test("an ImageResponseCard message needs a card with a title")
    func missingCardTitle() {
        let result = problems([
            Message(contentType: Message.imageResponseCard, content: "Pick one"),
            Message(
                contentType: Message.imageResponseCard, content: nil, imageResponseCard: ImageResponseCard(title: "")),
            Message(
                contentType: Message.imageResponseCard, content: nil, imageResponseCard: ImageResponseCard(title: "Day")
            ),
        ])
        #expect(result.map(\.kind) == [.missingCardTitle, .missingCardTitle])
        #expect(
            result.map(\.message) == [
                "messages[0] of type ImageResponseCard needs an imageResponseCard with a title",
                "messages[1] of type ImageResponseCard needs an imageResponseCard with a title",
            ]
        )
    }

    @Test("a card has at most 5 buttons")
    func tooManyButtons() {
        let buttons = (1...6).map { ImageResponseCard.Button(text: "\($0)", value: "\($0)") }
        let card = ImageResponseCard(title: "Duration", buttons: buttons)
        let result = problems([Message(contentType: Message.imageResponseCard, content: nil, imageResponseCard: card)])
        #expect(result.map(\.kind) == [.tooManyButtons])
        #expect(result.map(\.message) == ["messages[0] card has 6 buttons; at most 5 are allowed"])
        let five = ImageResponseCard(title: "Duration", buttons: Array(buttons.prefix(5)))
        #expect(
            problems([Message(contentType: Message.imageResponseCard, content: nil, imageResponseCard: five)]).isEmpty)
    }

    @Test("session attribute keys must not be empty")
    func emptySessionAttributeKey() {
        let result = Sample.problems(Sample.response(.delegate, attributes: ["": "1", "count": "2"]))
        #expect(result.map(\.kind) == [.emptySessionAttributeKey])
        #expect(result.map(\.message) == ["session attribute keys must not be empty"])
    }

    @Test("JSON: sessionState is required")
    func missingSessionState() {
        for json in [#"{"messages": []}"#, #"{"sessionState": null}"#] {
            let result = CodeHookResponseValidator().validate(json: Data(json.utf8))
            #expect(result.response == nil)
            #expect(result.problems.map(\.kind) == [.missingSessionState])
            #expect(result.problems.map(\.message) == ["missing field sessionState"])
        }
    }

    @Test("JSON: every non-string session attribute and a missing type are reported together")
    func jsonShapeProblems() {
        let json =
            #"{"sessionState": {"dialogAction": {"slotToElicit": "MeetingTime"}, "#
            + #""sessionAttributes": {"ok": "1", "count": 2, "flag": true, "none": null}}}"#
        let result = CodeHookResponseValidator().validate(json: Data(json.utf8))
        #expect(result.response == nil)
        #expect(
            result.problems.map(\.kind) == [
                .missingDialogActionType, .nonStringSessionAttribute, .nonStringSessionAttribute,
                .nonStringSessionAttribute,
            ]
        )
        #expect(
            result.problems.map(\.message) == [
                "missing field sessionState.dialogAction.type",
                "session attribute 'count' must be a string, found a number",
                "session attribute 'flag' must be a string, found a boolean",
                "session attribute 'none' must be a string, found null",
            ]
        )
    }

    @Test("JSON: any other decoding failure is one malformed-response problem naming the field")
    func malformedResponse() {
        let wrong = CodeHookResponseValidator().validate(json: Data(#"{"sessionState": {}, "messages": "Hi"}"#.utf8))
        #expect(wrong.problems.map(\.kind) == [.malformedResponse])
        #expect(wrong.problems.map(\.path) == ["messages"])
        #expect(wrong.problems.map(\.message) == ["wrong type for messages: expected an array, found a string"])
        let broken = CodeHookResponseValidator().validate(json: Data("{".utf8))
        #expect(broken.problems.map(\.message) == ["not valid JSON: unexpected end of file during JSON parse"])
    }

    @Test("JSON: a response that decodes gets the typed rules and is returned")
    func decodedThenValidated() throws {
        let validator = CodeHookResponseValidator(slotNamesByIntent: Fixture.meetyBotSlots)
        let golden = try validator.validate(json: Fixture.data("Responses/elicit-slot-cleared.json"))
        #expect(golden.problems.isEmpty)
        #expect(golden.response == (try Fixture.response("elicit-slot-cleared")))
        let json = #"{"sessionState": {"dialogAction": {"type": "Close"}, "intent": {"name": "BookMeeting"}}}"#
        let close = validator.validate(json: Data(json.utf8))
        #expect(close.response?.sessionState.dialogAction?.type == .close)
        #expect(close.problems.map(\.kind) == [.invalidCloseState])
    }
}
