import Foundation
import LexModel
import MeetyDiagnostics
import Testing

/// The eight console exports of `Fixtures/real-bots/` (see its README): each loads, from its tree
/// and from the zip its author published, and holds the flow its author built.
@Suite("Real bots from public repositories")
struct RealBotExportTests {
    static let realBots = Fixture.allCases.filter(\.isRealBot)
    static let published = realBots.filter { $0.publishedZip != nil }

    @Test("the published zip reads to the same model as the tree", arguments: published)
    func publishedZip(fixture: Fixture) throws {
        let data = try Data(contentsOf: try #require(fixture.publishedZip))
        var bag = DiagnosticBag()
        let fromZip = LexExportReader().read(zip: data, source: fixture.rawValue, into: &bag)
        #expect(
            bag.diagnostics.map(\.code.id).sorted()
                == fixture.expectedWarnings.map { $0.split(separator: " ")[1] }.map(String.init).sorted())
        #expect(fromZip == (try fixture.export()))
    }

    @Test("reminderbot: conditions over slots and session attributes, labels, slot resets")
    func reminderbot() throws {
        let locale = try #require(try Fixture.reminderbot.export().locale("en_US"))
        #expect(locale.intents.map(\.name) == ["CallIntent", "EmailIntent", "FallbackIntent"])
        let call = try #require(locale.intent(named: "CallIntent"))
        #expect(call.intent.initialResponseSetting?.codeHook?.invocationLabel == "CallIntent_InitialCodeHook")
        let time = try #require(call.slot(named: "Time")?.valueElicitationSetting.slotCaptureSetting)
        #expect(time.captureNextStep?.dialogAction?.type == .invokeDialogCodeHook)
        #expect(time.codeHook?.invocationLabel == "CallIntent_TimeSlot_ValidationCodeHook")
        #expect(time.elicitationCodeHook?.invocationLabel == "CallIntent_TimeSlot_PromptCodeHook")

        let email = try #require(locale.intent(named: "EmailIntent"))
        let initial = try #require(email.intent.initialResponseSetting)
        #expect(initial.nextStep?.dialogAction?.type == .evaluateConditional)
        #expect(
            initial.conditional?.conditionalBranches.map(\.condition.expressionString) == ["fn.IS_SET({DaysBefore})"])
        #expect(initial.conditional?.defaultBranch.nextStep?.dialogAction?.type == .invokeDialogCodeHook)
        #expect(initial.codeHook?.postCodeHookSpecification.successNextStep?.dialogAction?.slotToElicit == "DaysBefore")
        let days = try #require(email.slot(named: "DaysBefore")?.valueElicitationSetting.slotCaptureSetting)
        let capture = try #require(days.captureConditional)
        #expect(capture.isActive)
        #expect(capture.conditionalBranches.map(\.name) == ["DaysGreaterThan7", "DaysLessThan1"])
        #expect(
            capture.conditionalBranches.map(\.condition.expressionString) == ["{DaysBefore} > 7", "{DaysBefore} < 1"])
        let tooMany = try #require(capture.conditionalBranches.first)
        #expect(
            tooMany.nextStep.dialogAction
                == LexDialogAction(type: .elicitSlot, slotToElicit: "DaysBefore", suppressNextMessage: true))
        #expect(tooMany.nextStep.intent?.name == "EmailIntent")
        let reset = try #require(tooMany.nextStep.intent?.slots?["DaysBefore"])
        #expect(reset.value == LexSlotValue(interpretedValue: nil))
        #expect(reset.shape == nil)
        #expect(
            tooMany.response?.messageGroupsList.first?.message.plainTextMessage?.value.hasPrefix("We can't email")
                == true)
        #expect(capture.defaultBranch.nextStep?.dialogAction?.type == .fulfillIntent)

        let fallback = try #require(locale.fallbackIntent?.intent)
        let branches = try #require(fallback.initialResponseSetting?.conditional?.conditionalBranches)
        #expect(branches.map(\.name) == ["Initial", "Retry1", "Retry2", "SlotFallback"])
        #expect(
            branches.map(\.nextStep.sessionAttributes) == [
                ["fallback-count": "1"], ["fallback-count": "2"], ["fallback-count": "3"], [:],
            ])
        #expect(branches[3].condition.expressionString == "[slot-failure] = \"true\" ")
        #expect(fallback.initialResponseSetting?.codeHook?.isActive == false)
        #expect(fallback.fulfillmentCodeHook?.enabled == false)
        #expect(fallback.fulfillmentCodeHook?.postFulfillmentStatusSpecification?.successResponse != nil)
    }

    @Test("aws-cloud-assistant: contexts, a default slot value, code hooks at every intent's start")
    func cloudAssistant() throws {
        let export = try Fixture.awsCloudAssistant.export()
        #expect(export.bot.version == "2")
        let locale = try #require(export.locale("en_US"))
        #expect(locale.intents.count == 12)
        let create = try #require(locale.intent(named: "ec2-create"))
        #expect(
            create.intent.outputContexts == [
                LexOutputContext(name: "selected-instances", timeToLiveInSeconds: 90, turnsToLive: 5)
            ])
        #expect(
            locale.intent(named: "ec2-terminate")?.intent.inputContexts == [LexInputContext(name: "selected-instances")]
        )
        let count = try #require(create.slot(named: "count")?.valueElicitationSetting)
        #expect(count.slotConstraint == .optional)
        #expect(count.defaultValueSpecification?.defaultValueList == [LexDefaultValue(defaultValue: "1")])
        let instanceType = create.slot(named: "instanceType")?.valueElicitationSetting.slotCaptureSetting
        #expect(instanceType?.captureNextStep?.dialogAction == LexDialogAction(type: .elicitSlot, slotToElicit: "ami"))
        #expect(
            locale.intents.allSatisfy {
                $0.intent.initialResponseSetting?.nextStep?.dialogAction?.type == .invokeDialogCodeHook
            })
        #expect(locale.intent(named: "get-help")?.intent.parentIntentSignature == "AMAZON.HelpIntent")
        #expect(locale.intents.allSatisfy { $0.intent.requiredCloudService == nil })
    }

    @Test("fsi-agent: fulfillment updates, an image card with buttonsList, a ten-slot chain into confirmation")
    func fsiAgent() throws {
        let locale = try #require(try Fixture.fsiAgent.export().locale("en_US"))
        let updates = try #require(locale.fallbackIntent?.intent.fulfillmentCodeHook?.fulfillmentUpdatesSpecification)
        #expect(updates.active)
        #expect(updates.startResponse?.delayInSeconds == 1)
        #expect(updates.updateResponse?.frequencyInSeconds == 10)
        #expect(updates.timeoutInSeconds == 120)
        let verify = try #require(locale.intent(named: "VerifyIdentity")?.intent)
        #expect(verify.initialResponseSetting?.codeHook?.enableCodeHookInvocation == false)
        let card = try #require(
            verify.intentClosingSetting?.closingResponse?.messageGroupsList.first?.message.imageResponseCard)
        #expect(card.title == "Lex Bot")
        #expect(card.buttonsKey == .buttonsList)
        #expect(card.buttons?.isEmpty == false)
        let loan = try #require(locale.intent(named: "LoanApplication"))
        #expect(loan.slots.count == 10)
        #expect(
            loan.slot(named: "ClosingDate")?.valueElicitationSetting.slotCaptureSetting?.captureNextStep?.dialogAction?
                .type == .confirmIntent)
        let confirmation = try #require(loan.intent.intentConfirmationSetting)
        #expect(confirmation.confirmationNextStep?.dialogAction?.type == .fulfillIntent)
        #expect(confirmation.declinationNextStep?.dialogAction?.type == .startIntent)
        #expect(confirmation.declinationNextStep?.intent?.name == nil)
    }

    @Test("lomibaod-demobot: a bot whose folder is not its name, read under its name, with the default flow")
    func lomibaod() throws {
        let export = try Fixture.lomibaodDemobot.export()
        #expect(export.bot.name == "JavaLambdaBot")
        let locale = try #require(export.locale("en_US"))
        #expect(locale.intents.map(\.name) == ["BookTestDrive", "FallbackIntent", "Hello", "VehicleInventorySearch"])
        #expect(locale.intents.allSatisfy { $0.intent.initialResponseSetting == nil })
        #expect(
            locale.intent(named: "VehicleInventorySearch")?.slot(named: "color")?.valueElicitationSetting.slotConstraint
                == .optional)
        let make = try #require(locale.slotType(named: "Make")?.slotTypeValues)
        #expect(make.contains { $0.sampleValue.value == "BMW" && $0.synonyms?.map(\.value).contains("Bimmer") == true })
    }

    @Test("blogbot-hotel-ko: two locales that differ; only Korean confirms the booking")
    func blogbot() throws {
        let export = try Fixture.blogbotHotelKo.export()
        #expect(export.bot.version == "3")
        #expect(export.locales.map(\.id) == ["en_US", "ko_KR"])
        #expect(export.locale("en_US")?.intent(named: "BookHotel")?.intent.intentConfirmationSetting == nil)
        let korean = try #require(export.locale("ko_KR")?.intent(named: "BookHotel")?.intent.intentConfirmationSetting)
        #expect(korean.declinationResponse != nil)
        #expect(
            export.locale("ko_KR")?.intent(named: "SearchHotel")?.slot(named: "City")?.slotTypeName == "AMAZON.City")
    }

    @Test("the Tachyon bots: a disabled fulfillment hook with responses, a capture chain, a UK postcode slot")
    func tachyon() throws {
        let birthstone = try #require(
            try Fixture.tachyonBirthstoneNbest.export().locale("en_GB")?.intent(named: "OrderBirthStone"))
        #expect(birthstone.intent.fulfillmentCodeHook?.enabled == false)
        #expect(birthstone.intent.fulfillmentCodeHook?.postFulfillmentStatusSpecification?.successResponse != nil)
        #expect(birthstone.intent.fulfillmentCodeHook?.postFulfillmentStatusSpecification?.failureResponse != nil)

        let flowers = try #require(try Fixture.tachyonOrderflowerRepeat.export().locale("en_US"))
        let order = try #require(flowers.intent(named: "OrderFlowers"))
        let chain = order.slotsByPriority.map { slot in
            slot.valueElicitationSetting.slotCaptureSetting?.captureNextStep?.dialogAction
        }
        #expect(
            chain == [
                LexDialogAction(type: .elicitSlot, slotToElicit: "PickupDate"),
                LexDialogAction(type: .elicitSlot, slotToElicit: "PickupTime"), LexDialogAction(type: .confirmIntent),
            ])
        #expect(flowers.intent(named: "RepeatIntent")?.intent.parentIntentSignature == "AMAZON.RepeatIntent")

        let spelling = try #require(
            try Fixture.tachyonSpellingSst.export().locale("en_GB")?.intent(named: "CheckAccount"))
        #expect(spelling.slot(named: "PostalCode")?.slotTypeName == "AMAZON.UKPostalCode")
        #expect(spelling.intent.dialogCodeHook?.enabled == true)
    }
}
