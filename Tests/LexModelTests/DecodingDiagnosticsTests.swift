import Foundation
import LexModel
import MeetyDiagnostics
import Testing

@Suite("Decoding errors name the key path and the position")
struct DecodingDiagnosticsTests {
    private func failure<T: Decodable>(_ type: T.Type, _ text: String) -> Diagnostic? {
        do {
            _ = try LexJSON.decode(type, from: utf8(text), file: "Slot.json")
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "schema problems",
        arguments: [
            (#"{"name": 3}"#, "at key path name: expected a string but found a number", 1, 10),
            (
                #"{"name": "a", "slotTypeName": "T", "valueElicitationSetting": {"slotConstraint": "Mandatory"}}"#,
                "at key path valueElicitationSetting.slotConstraint: 'Mandatory' is not one of Required, Optional",
                1, 82
            ),
            (
                "{\"name\": \"a\",\n \"slotTypeName\": \"T\"}",
                "at key path (top level): missing required key 'valueElicitationSetting'", 1, 1
            ),
            (
                #"{"name": null, "slotTypeName": "T", "valueElicitationSetting": {"slotConstraint": "Required"}}"#,
                "at key path name: expected a string but found null", 1, 10
            ),
            (
                #"{"name": "a", "slotTypeName": "T", "valueElicitationSetting": {"slotConstraint": "Required", "promptSpecification": {"maxRetries": 1.5, "messageGroupsList": []}}}"#,
                "at key path valueElicitationSetting.promptSpecification.maxRetries: expected a whole number but found 1.5",
                1, 132
            ),
            (
                #"{"name": "a", "slotTypeName": "T", "valueElicitationSetting": {"slotConstraint": "Required", "sampleUtterances": [{"utterance": "x"}, {}]}}"#,
                "at key path valueElicitationSetting.sampleUtterances[1]: missing required key 'utterance'", 1, 135
            ),
            ("[]", "at key path (top level): expected an object but found a list", 1, 1),
        ]
    )
    func schemaProblems(text: String, message: String, line: Int, column: Int) throws {
        let diagnostic = try #require(failure(LexSlot.self, text))
        #expect(diagnostic.code == .lexSchemaMismatch)
        #expect(diagnostic.message == message)
        #expect(diagnostic.span?.start == SourcePosition(line: line, column: column))
    }

    @Test("unknown keys and nulls for optional keys are accepted")
    func lenient() throws {
        let slot = try LexJSON.decode(
            LexSlot.self,
            from: utf8(
                #"{"name": "a", "slotTypeName": "T", "futureKey": {"x": [1]}, "description": null,"#
                    + #" "valueElicitationSetting": {"slotConstraint": "Optional", "promptSpecification": null}}"#
            ),
            file: "Slot.json"
        )
        #expect(
            slot == LexSlot(name: "a", slotTypeName: "T", valueElicitationSetting: .init(slotConstraint: .optional)))
    }

    @Test("integers out of range are reported")
    func outOfRange() throws {
        let diagnostic = try #require(
            failure(LexSlotPriority.self, #"{"priority": 99999999999999999999, "slotName": "a"}"#))
        #expect(diagnostic.message == "at key path priority: number 99999999999999999999 is out of range")
    }
}
