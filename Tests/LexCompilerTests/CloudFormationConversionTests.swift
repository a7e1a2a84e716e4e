import BotModel
import Foundation
import LexModel
import MeetyDiagnostics
import Testing

@testable import LexCompiler

@Suite("Export keys to CloudFormation")
struct CloudFormationConversionTests {
    @Test(
        "keys become PascalCase with leading acronyms upper-cased whole",
        arguments: [
            ("ssmlMessage", "SSMLMessage"), ("dtmfSpecification", "DTMFSpecification"),
            ("allowDTMFInput", "AllowDTMFInput"), ("audioAndDTMFInputSpecification", "AudioAndDTMFInputSpecification"),
            ("nluConfidenceThreshold", "NluConfidenceThreshold"), ("messageGroupsList", "MessageGroupsList"),
            ("idleSessionTTLInSeconds", "IdleSessionTTLInSeconds"), ("isActive", "IsActive"), ("", ""),
        ]
    )
    func pascalCase(key: String, expected: String) {
        #expect(CloudFormationBotLocales.pascalCase(key) == expected)
    }

    @Test("next steps turn their maps into lists; nulls and empty values go; attempt names stay")
    func dialogStates() throws {
        let state = LexDialogState(
            dialogAction: LexDialogAction(type: .elicitSlot, slotToElicit: "Time"),
            intent: LexIntentOverride(
                name: "Book",
                slots: ["Time": LexSlotValueOverride(shape: .scalar, value: LexSlotValue(interpretedValue: "10:00"))]
            ),
            sessionAttributes: ["b": "2", "a": ""]
        )
        let capture = LexSlotCaptureSetting(
            captureNextStep: state, failureNextStep: LexDialogState(intent: LexIntentOverride()))
        let converted = try #require(CloudFormationBotLocales.convert(try LexJSON.encode(capture)))
        #expect(
            converted
                == .object([
                    "CaptureNextStep": .object([
                        "DialogAction": .object(["Type": .string("ElicitSlot"), "SlotToElicit": .string("Time")]),
                        "Intent": .object([
                            "Name": .string("Book"),
                            "Slots": .array([
                                .object([
                                    "SlotName": .string("Time"),
                                    "SlotValueOverride": .object([
                                        "Shape": .string("Scalar"),
                                        "Value": .object(["InterpretedValue": .string("10:00")]),
                                    ]),
                                ])
                            ]),
                        ]),
                        "SessionAttributes": .array([
                            .object(["Key": .string("a"), "Value": .string("")]),
                            .object(["Key": .string("b"), "Value": .string("2")]),
                        ]),
                    ])
                ])
        )
        let prompt = try #require(
            LexFlowDefaults.prompt(
                .init(variants: [.init("Hi?", at: .startOf("x"))], span: .startOf("x")), maxRetries: 1))
        let attempts = CloudFormationBotLocales.convert(try LexJSON.encode(prompt))?["PromptAttemptsSpecification"]
        #expect(attempts?.objectValue?.keys.sorted() == ["Initial", "Retry1"])
        #expect(
            attempts?["Initial"]?["AudioAndDTMFInputSpecification"]?["DTMFSpecification"]?["MaxLength"] == .integer(513)
        )
    }
}
