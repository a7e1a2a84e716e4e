import Foundation
import LexModel
import MeetyDiagnostics
import Testing

@Suite("Real console exports")
struct FixtureExportTests {
    @Test("every fixture loads from its directory and from a zip, to the same model", arguments: Fixture.allCases)
    func loadsFromDirectoryAndZip(fixture: Fixture) throws {
        let fromDirectory = try fixture.export()
        let zip = try LexZipWriter.zip(try fixture.files())
        var bag = DiagnosticBag()
        let fromZip = LexExportReader().read(zip: zip, source: "\(fixture).zip", into: &bag)
        #expect(bag.diagnostics.map(Fixture.summary).sorted() == fixture.expectedWarnings.sorted())
        #expect(fromZip == fromDirectory)
    }

    @Test("PizzaShop: slots, retries, both resolutions, variations")
    func pizzaShop() throws {
        let export = try Fixture.pizzaShop.export()
        #expect(export.manifest == .bot)
        #expect(export.bot.name == "PizzaShop")
        #expect(export.bot.identifier == "DKWFIM4WGC")
        #expect(export.bot.idleSessionTTLInSeconds == 300)
        #expect(export.bot.dataPrivacy.childDirected == false)
        let locale = try #require(export.locale("en_US"))
        #expect(locale.locale.name == "English (US)")
        #expect(locale.locale.voiceSettings == LexVoiceSettings(voiceId: "Matthew"))
        #expect(locale.locale.nluConfidenceThreshold == 0.4)
        #expect(locale.intents.map(\.name) == ["FallbackIntent", "MakePizza"])
        #expect(locale.slotTypes.map(\.name) == ["Crust", "GoOn", "PizzaTopping"])

        let makePizza = try #require(locale.intent(named: "MakePizza"))
        let crust = try #require(makePizza.slot(named: "crust"))
        #expect(crust.slotTypeName == "Crust")
        #expect(crust.valueElicitationSetting.slotConstraint == .required)
        #expect(crust.valueElicitationSetting.promptSpecification?.maxRetries == 4)
        #expect(makePizza.slot(named: "waitStop")?.valueElicitationSetting.slotConstraint == .optional)
        #expect(makePizza.slotsByPriority.map(\.name) == ["topping", "crust", "waitStop"])
        #expect(makePizza.intent.fulfillmentCodeHook == LexFulfillmentCodeHookSetting(enabled: true))
        let closing = try #require(makePizza.intent.intentClosingSetting?.closingResponse?.messageGroupsList.first)
        #expect(closing.message.plainTextMessage?.value == "we have made your pizza with {topping} on it")
        #expect(closing.variations?.first?.plainTextMessage?.value == "your {topping} pizza is being made")

        #expect(locale.slotType(named: "Crust")?.valueSelectionSetting?.resolutionStrategy == .topResolution)
        #expect(locale.slotType(named: "PizzaTopping")?.valueSelectionSetting?.resolutionStrategy == .originalValue)
        let goOn = try #require(locale.slotType(named: "GoOn")?.slotTypeValues)
        #expect(goOn.map(\.sampleValue.value) == ["continue", "stop"])
        #expect(goOn[0].synonyms?.map(\.value) == ["go", "wait"])
        #expect(locale.slotType(named: "Crust")?.slotTypeValues?.first?.synonyms == nil)

        let fallback = try #require(locale.fallbackIntent)
        #expect(fallback.intent.identifier == LexIntent.fallbackIdentifier)
        #expect(fallback.intent.sampleUtterances == nil)
        #expect(fallback.intent.slotPriorities == [])
    }

    @Test("TravelBuddy: priorities, prompt attempts, next steps, code hooks")
    func travelBuddy() throws {
        let locale = try #require(try Fixture.travelBuddy.export().locale("en_US"))
        #expect(locale.locale.voiceSettings == LexVoiceSettings(voiceId: "Ivy", engine: "neural"))
        let flight = try #require(locale.intent(named: "BookFlight"))
        #expect(
            flight.slotsByPriority.map(\.name) == [
                "LocationFrom", "LocationTo", "DepartureDate", "ReturnDate", "CabinClass",
            ]
        )
        let hotel = try #require(locale.intent(named: "BookHotel"))
        #expect(
            hotel.slotsByPriority.map(\.name) == ["Location", "CheckInDate", "Nights", "RoomType", "BreakfastIncluded"])
        #expect(hotel.intent.dialogCodeHook?.enabled == true)
        #expect(hotel.intent.fulfillmentCodeHook?.isActive == true)

        let confirmation = try #require(flight.intent.intentConfirmationSetting)
        #expect(confirmation.promptSpecification.maxRetries == 4)
        #expect(confirmation.promptSpecification.messageSelectionStrategy == .random)
        let attempts = try #require(confirmation.promptSpecification.promptAttemptsSpecification)
        #expect(attempts.keys.sorted() == ["Initial", "Retry1", "Retry2", "Retry3", "Retry4"])
        let initial = try #require(attempts["Initial"])
        #expect(initial.allowedInputTypes == LexAllowedInputTypes(allowAudioInput: true, allowDTMFInput: true))
        #expect(initial.audioAndDTMFInputSpecification?.dtmfSpecification?.maxLength == 513)
        #expect(initial.textInputSpecification?.startTimeoutMs == 30000)
        #expect(confirmation.failureNextStep?.dialogAction?.type == .startIntent)
        #expect(confirmation.failureNextStep?.intent?.name == "FallbackIntent")
        #expect(confirmation.failureNextStep?.sessionAttributes == [:])
        #expect(confirmation.declinationNextStep?.dialogAction?.type == .endConversation)

        let location = try #require(hotel.slot(named: "Location"))
        let capture = try #require(location.valueElicitationSetting.slotCaptureSetting)
        #expect(capture.captureNextStep?.dialogAction?.slotToElicit == "CheckInDate")
        #expect(capture.failureResponse?.messageGroupsList.count == 1)
        #expect(capture.codeHook?.isActive == false)
        #expect(capture.elicitationCodeHook?.enableCodeHookInvocation == true)
        #expect(locale.slotTypes.allSatisfy { $0.valueSelectionSetting?.resolutionStrategy == .topResolution })
    }

    @Test("QicTestBot: two locales, newer keys kept, an intent that needs Amazon Q in Connect, null next-step parts")
    func qicTestBot() throws {
        let export = try Fixture.qicTestBot.export()
        #expect(export.bot.name == "qic-test-bot")
        #expect(export.bot.description == "")
        #expect(export.locales.map(\.id) == ["en_US", "ko_KR"])
        let korean = try #require(export.locale("ko_KR"))
        #expect(korean.locale.name == "Korean (South Korea)")
        #expect(korean.locale.voiceSettings == nil)
        #expect(korean.slotTypes.isEmpty)
        let qic = try #require(korean.intent(named: "AmazonQinConnect"))
        #expect(qic.intent.parentIntentSignature == "AMAZON.QInConnectIntent")
        #expect(qic.intent.requiredCloudService == "Amazon Q in Connect")
        let assistant = qic.intent.qInConnectIntentConfiguration?.qInConnectAssistantConfiguration?.assistantArn
        #expect(assistant?.hasPrefix("arn:aws:wisdom:") == true)
        #expect(korean.fallbackIntent?.intent.requiredCloudService == nil)
        let success = try #require(qic.intent.fulfillmentCodeHook?.postFulfillmentStatusSpecification?.successNextStep)
        #expect(success.dialogAction?.type == .endConversation)
        #expect(success.intent == nil)
        #expect(success.sessionAttributes == nil)
        let initial = try #require(korean.fallbackIntent?.intent.initialResponseSetting)
        #expect(initial.nextStep?.dialogAction?.type == .invokeDialogCodeHook)
        #expect(initial.codeHook?.enableCodeHookInvocation == true)
    }
}
