import CodeHooks
import Foundation
import Testing

/// Decoding errors are rewritten into messages that name the field, the expected kind of value
/// and what was found.
@Suite("JSON error messages")
struct CodeHookJSONErrorTests {
    private func responseError(_ json: String) -> CodeHookJSONError? {
        #expect(throws: CodeHookJSONError.self) { try CodeHookJSON.decodeResponse(Data(json.utf8)) }
    }

    @Test("a missing nested field is named by its dotted path")
    func missingNestedField() {
        let error = responseError(#"{"sessionState": {"dialogAction": {"slotToElicit": "MeetingTime"}}}"#)
        #expect(error?.kind == .missingField)
        #expect(error?.path == "sessionState.dialogAction.type")
        #expect(error?.message == "missing field sessionState.dialogAction.type")
        #expect(error?.description == "missing field sessionState.dialogAction.type")
    }

    @Test("a missing top-level field")
    func missingTopLevelField() {
        #expect(responseError(#"{"messages": []}"#)?.message == "missing field sessionState")
    }

    @Test("array elements appear as indices in the path")
    func arrayIndexInPath() {
        let error = #expect(throws: CodeHookJSONError.self) {
            try CodeHookJSON.decode(
                [Interpretation].self, from: Data(#"[{"intent": {"name": "A"}}, {"intent": {}}]"#.utf8))
        }
        #expect(error?.message == "missing field [1].intent.name")
        let nested = responseError(#"{"sessionState": {}, "messages": [{"contentType": "PlainText"}, {}]}"#)
        #expect(nested?.message == "missing field messages[1].contentType")
    }

    @Test("a wrong type says what was expected and what was found")
    func wrongType() {
        let error = responseError(#"{"sessionState": {"dialogAction": {"type": 5}}}"#)
        #expect(error?.kind == .wrongType)
        #expect(error?.message == "wrong type for sessionState.dialogAction.type: expected a string, found a number")
        #expect(
            responseError(#"{"sessionState": {}, "messages": "hello"}"#)?.message
                == "wrong type for messages: expected an array, found a string"
        )
        #expect(
            responseError(#"{"sessionState": [true]}"#)?.message
                == "wrong type for sessionState: expected an object, found an array"
        )
        #expect(
            responseError(
                #"{"sessionState": {"intent": {"name": "A", "slots": {"S": {"value": {"resolvedValues": [1]}}}}}}"#)?
                .message
                == "wrong type for sessionState.intent.slots.S.value.resolvedValues[0]: "
                + "expected a string, found a number"
        )
    }

    @Test("null where a value is required is a wrong type")
    func nullValue() {
        let error = responseError(#"{"sessionState": {"dialogAction": {"type": null}}}"#)
        #expect(error?.kind == .wrongType)
        #expect(error?.message == "wrong type for sessionState.dialogAction.type: expected a string, found null")
    }

    @Test("a document that is not an object")
    func notAnObject() {
        #expect(responseError("[]")?.message == "wrong type for the document: expected an object, found an array")
    }

    @Test("bytes that are not JSON")
    func invalidJSON() {
        let truncated = responseError(#"{"sessionState": "#)
        #expect(truncated?.kind == .invalidJSON)
        #expect(truncated?.path == "")
        #expect(truncated?.message == "not valid JSON: unexpected end of file during JSON parse")
        #expect(responseError("")?.message == "not valid JSON: the document is empty")
        #expect(responseError("{'a': 1}")?.message == "not valid JSON: invalid value around character 1")
    }

    @Test("a value JSON cannot hold is an encoding error naming the field")
    func unencodable() {
        let interpretation = Interpretation(intent: Intent(name: "BookMeeting"), nluConfidence: .nan)
        let error = #expect(throws: CodeHookJSONError.self) { try CodeHookJSON.encode([interpretation]) }
        #expect(error?.kind == .unencodable)
        #expect(error?.path == "[0].nluConfidence")
        #expect(error?.message == "cannot write [0].nluConfidence as JSON: nan is not representable")
    }

    @Test("pretty output writes empty containers compactly and leaves strings alone")
    func prettyEmptyContainers() throws {
        let intent = Intent(name: "A [ ] { }", slots: [:])
        let response = CodeHookResponse(
            sessionState: SessionState(activeContexts: [], sessionAttributes: ["k": "[\n]"], intent: intent)
        )
        let text = String(decoding: try CodeHookJSON.encode(response, pretty: true), as: UTF8.self)
        #expect(text.contains(#""slots" : {}"#))
        #expect(text.contains(#""activeContexts" : []"#))
        #expect(text.contains(#""name" : "A [ ] { }""#))
        #expect(text.contains(#""k" : "[\n]""#))
        #expect(try CodeHookJSON.decodeResponse(Data(text.utf8)) == response)
    }
}
