import Foundation
import LexCompiler
import LexModel
import MeetyDiagnostics
import Testing

@Suite("Translating the other golden bots")
struct OtherBotsTranslationTests {
    @Test("HotelConcierge: regex type, both resolutions, optional slots, variations, failures, two locales")
    func hotelConcierge() throws {
        let compiled = try GoldenCase.hotelConcierge.compiled()
        let export = compiled.export
        #expect(export.locales.map(\.id) == ["en_US", "es_US"])
        #expect(export.bot.idleSessionTTLInSeconds == 900)
        let english = try #require(export.locale("en_US"))
        #expect(english.locale.voiceSettings == LexVoiceSettings(voiceId: "Joanna", engine: "neural"))
        #expect(english.locale.nluConfidenceThreshold == 0.4)
        #expect(try #require(export.locale("es_US")).locale.name == "Spanish (US)")

        let reference = try #require(english.slotType(named: "BookingReference"))
        #expect(reference.parentSlotTypeSignature == "AMAZON.AlphaNumeric")
        #expect(reference.slotTypeValues == nil)
        #expect(
            reference.valueSelectionSetting
                == LexValueSelectionSetting(
                    resolutionStrategy: .originalValue, regexFilter: LexRegexFilter(pattern: "[A-Z]{3}[0-9]{4}"))
        )
        let rooms = try #require(english.slotType(named: "RoomKind"))
        #expect(rooms.valueSelectionSetting?.resolutionStrategy == .topResolution)
        #expect(rooms.slotTypeValues?.map(\.sampleValue.value) == ["single", "double", "suite"])
        #expect(rooms.slotTypeValues?.last?.synonyms == nil)
        #expect(english.slotType(named: "Amenity")?.valueSelectionSetting?.resolutionStrategy == .originalValue)

        let check = try #require(english.intent(named: "CheckBooking"))
        #expect(check.intent.dialogCodeHook == nil && check.intent.fulfillmentCodeHook == nil)
        let slot = try #require(check.slot(named: "Reference")).valueElicitationSetting
        let group = try #require(slot.promptSpecification?.messageGroupsList.first)
        #expect(group.message.plainTextMessage?.value == "What is your booking reference?")
        #expect(
            group.variations?.compactMap(\.plainTextMessage?.value) == [
                "Could you tell me your booking reference?", "Please read me your booking reference.",
            ])
        #expect(slot.promptSpecification?.promptAttemptsSpecification?.keys.sorted() == ["Initial", "Retry1"])
        #expect(
            slot.slotCaptureSetting?.failureResponse?.messageGroupsList.first?.message.plainTextMessage?.value
                == "I could not read that reference. It looks like ABC1234."
        )
        #expect(slot.slotCaptureSetting?.failureNextStep?.intent?.name == "Fallback")
        #expect(slot.slotCaptureSetting?.elicitationCodeHook == nil)
        #expect(check.slot(named: "Room")?.valueElicitationSetting.slotConstraint == .optional)
        let extra = try #require(check.slot(named: "Extra")).valueElicitationSetting
        #expect(extra.slotConstraint == .optional)
        #expect(extra.promptSpecification == nil && extra.slotCaptureSetting == nil)

        let confirmation = try #require(check.intent.intentConfirmationSetting)
        #expect(confirmation.promptSpecification.maxRetries == 1)
        #expect(confirmation.promptSpecification.messageGroupsList.first?.variations?.count == 1)
        #expect(
            confirmation.failureResponse?.messageGroupsList.first?.message.plainTextMessage?.value
                == "Sorry, I did not understand. Let's start over.")
        #expect(confirmation.failureNextStep?.intent?.name == "Fallback")
        #expect(confirmation.elicitationCodeHook == nil)
        let closing = try #require(check.intent.intentClosingSetting?.closingResponse?.messageGroupsList.first)
        #expect(closing.variations?.first?.plainTextMessage?.value == "Booking {Reference} is all set.")
        let fallback = try #require(english.intent(named: "Fallback")).intent
        #expect(fallback.identifier == "FALLBCKINT")
        #expect(fallback.description == "When nothing else matches")

        let template = try json(compiled, "HotelConcierge.template.json")
        #expect(template["Parameters"]?["LambdaArn"] == nil)
        #expect(template["Conditions"] == nil)
        #expect(template["Resources"]?["LambdaInvokePermission"] == nil)
        #expect(template["Resources"]?["Bot"]?["Properties"]?["TestBotAliasSettings"] == nil)
        #expect(template["Resources"]?["Bot"]?["Properties"]?["BotLocales"]?.arrayValue?.count == 2)
    }

    @Test("PizzaOrders: fulfillment hook only, closing after fulfillment, child-directed")
    func pizzaOrders() throws {
        let compiled = try GoldenCase.pizzaOrders.compiled()
        let export = compiled.export
        #expect(export.bot.name == "Pizza_Orders-2")
        #expect(export.bot.dataPrivacy.childDirected)
        #expect(export.bot.idleSessionTTLInSeconds == 600)
        let locale = try #require(export.locale("en_GB"))
        #expect(locale.locale.name == "English (UK)")
        #expect(locale.locale.voiceSettings == nil)
        let order = try #require(locale.intent(named: "OrderPizza"))
        #expect(order.intent.dialogCodeHook == nil)
        let post = try #require(order.intent.fulfillmentCodeHook?.postFulfillmentStatusSpecification)
        #expect(post.successNextStep?.dialogAction?.type == .closeIntent)
        #expect(post.failureNextStep?.dialogAction?.type == .endConversation)
        let crust = try #require(order.slot(named: "Crust")).valueElicitationSetting.promptSpecification
        #expect(crust?.maxRetries == 0)
        #expect(crust?.promptAttemptsSpecification?.keys.sorted() == ["Initial"])
        let when = try #require(order.slot(named: "When")).valueElicitationSetting.promptSpecification
        #expect(when?.promptAttemptsSpecification?.count == 6)
        #expect(
            when?.messageGroupsList.first?.message.plainTextMessage?.value == "When should it arrive, [customerName]?")
        #expect(locale.intent(named: "StoreHours")?.intent.dialogCodeHook == nil)
        let fallback = try #require(locale.fallbackIntent).intent
        #expect(fallback.intentClosingSetting == nil)

        let template = try json(compiled, "Pizza_Orders-2.template.json")
        #expect(template["Parameters"]?["LambdaArn"] != nil)
        #expect(template["Resources"]?["LambdaInvokePermission"]?["Condition"] == .string("HasLambdaArn"))
        #expect(template["Resources"]?["Bot"]?["Properties"]?["DataPrivacy"] == .object(["ChildDirected": .bool(true)]))
    }

    @Test("the inline BotLocales hold exactly the export files' content", arguments: GoldenCase.allCases)
    func inlineMatchesFiles(goldenCase: GoldenCase) throws {
        let compiled = try goldenCase.compiled()
        let template = try json(compiled, compiled.templatePath)
        let locales = try #require(template["Resources"]?["Bot"]?["Properties"]?["BotLocales"]?.arrayValue)
        #expect(locales.map { $0["LocaleId"] } == compiled.export.locales.map { .string($0.id) })
        for (inline, locale) in zip(locales, compiled.export.locales) {
            let intents = try #require(inline["Intents"]?.arrayValue)
            #expect(intents.map { $0["Name"] } == locale.intents.map { .string($0.name) })
            for (inlineIntent, intent) in zip(intents, locale.intents) {
                let utterances = inlineIntent["SampleUtterances"]?.arrayValue?.compactMap {
                    $0["Utterance"]?.stringValue
                }
                #expect(utterances == intent.intent.sampleUtterances?.map(\.utterance))
                let slots = inlineIntent["Slots"]?.arrayValue ?? []
                #expect(slots.map { $0["SlotTypeName"] } == intent.slots.map { .string($0.slotTypeName) })
            }
            let types = inline["SlotTypes"]?.arrayValue ?? []
            #expect(types.map { $0["Name"] } == locale.slotTypes.map { .string($0.name) })
        }
    }
}
