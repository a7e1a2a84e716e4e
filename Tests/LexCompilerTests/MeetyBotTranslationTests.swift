import Foundation
import LexCompiler
import LexModel
import MeetyDiagnostics
import Testing

@Suite("Translating MeetyBot (DESIGN §3)")
struct MeetyBotTranslationTests {
    private let compiled: CompiledBot
    private let locale: LexLocaleExport

    init() throws {
        compiled = try GoldenCase.meetyBot.compiled()
        locale = try #require(compiled.export.locale("en_US"))
    }

    @Test("bot and locale settings")
    func botAndLocale() throws {
        let bot = compiled.export.bot
        #expect(bot.name == "MeetyBot")
        #expect(bot.version == "DRAFT")
        #expect(bot.description == "Books meetings for the Meety scheduler")
        #expect(bot.idleSessionTTLInSeconds == 300)
        #expect(bot.dataPrivacy.childDirected == false)
        #expect(compiled.export.manifest == .bot)
        #expect(locale.locale.name == "English (US)")
        #expect(locale.locale.identifier == "en_US")
        #expect(locale.locale.nluConfidenceThreshold == 0.6)
        #expect(locale.locale.voiceSettings == LexVoiceSettings(voiceId: "Ivy"))
        #expect(locale.intents.map(\.name) == ["StartMeety", "BookMeeting", "FallbackIntent"])
    }

    @Test("identifiers are 10 characters of [0-9A-Z], unique, and FALLBCKINT for the fallback intent")
    func identifiers() throws {
        var all = [compiled.export.bot.identifier]
        for intent in locale.intents {
            all.append(intent.intent.identifier)
            all += intent.slots.map(\.identifier)
        }
        all += locale.slotTypes.map(\.identifier)
        let ids = all.compactMap { $0 }
        #expect(ids.count == all.count)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.count == 10 && $0.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) } })
        #expect(locale.intent(named: "FallbackIntent")?.intent.identifier == "FALLBCKINT")
        #expect(compiled.export.bot.identifier == LexIdentifiers.derive("MeetyBot"))
        let slot = locale.intent(named: "BookMeeting")?.slot(named: "FullName")
        #expect(
            slot?.identifier == LexIdentifiers.derive("MeetyBot/BotLocales/en_US/Intents/BookMeeting/Slots/FullName"))
    }

    @Test("BookMeeting: utterances, hooks, priorities in author order, confirmation")
    func bookMeeting() throws {
        let intent = try #require(locale.intent(named: "BookMeeting")).intent
        #expect(intent.sampleUtterances?.map(\.utterance).last == "book a meeting on {MeetingDate} at {MeetingTime}")
        #expect(intent.dialogCodeHook == LexDialogCodeHookSetting(enabled: true))
        #expect(intent.fulfillmentCodeHook?.enabled == true)
        #expect(intent.fulfillmentCodeHook?.isActive == true)
        #expect(
            intent.fulfillmentCodeHook?.postFulfillmentStatusSpecification?.successNextStep?.dialogAction?.type
                == .endConversation)
        #expect(
            intent.slotPriorities == [
                LexSlotPriority(priority: 1, slotName: "FullName"),
                LexSlotPriority(priority: 2, slotName: "MeetingDate"),
                LexSlotPriority(priority: 3, slotName: "MeetingTime"),
                LexSlotPriority(priority: 4, slotName: "MeetingDuration"),
                LexSlotPriority(priority: 5, slotName: "AttendeeEmail"),
            ]
        )
        let confirmation = try #require(intent.intentConfirmationSetting)
        #expect(confirmation.isActive == true)
        #expect(
            confirmation.promptSpecification.messageGroupsList.first?.message.plainTextMessage?.value
                == "Book {MeetingDuration} minutes on {MeetingDate} at {MeetingTime} for {FullName}?"
        )
        #expect(confirmation.promptSpecification.maxRetries == 2)
        #expect(confirmation.declinationResponse?.messageGroupsList.count == 1)
        #expect(confirmation.failureResponse == nil)
        #expect(
            confirmation.declinationNextStep == LexDialogState(dialogAction: LexDialogAction(type: .endConversation)))
        #expect(confirmation.failureNextStep?.dialogAction?.type == .startIntent)
        #expect(confirmation.failureNextStep?.intent?.name == "FallbackIntent")
        #expect(confirmation.elicitationCodeHook?.enableCodeHookInvocation == true)
        #expect(intent.intentClosingSetting == nil)
    }

    @Test("slots: types, prompts with console prompt attempts, slot utterances, failure next step")
    func slots() throws {
        let intent = try #require(locale.intent(named: "BookMeeting"))
        #expect(
            intent.slots.map(\.slotTypeName) == [
                "AMAZON.FirstName", "AMAZON.Date", "AMAZON.Time", "MeetingDuration", "AMAZON.EmailAddress",
            ])
        let email = try #require(intent.slot(named: "AttendeeEmail")).valueElicitationSetting
        #expect(email.slotConstraint == .required)
        let prompt = try #require(email.promptSpecification)
        #expect(prompt.maxRetries == 3)
        #expect(prompt.allowInterrupt == true)
        #expect(prompt.messageSelectionStrategy == .random)
        #expect(prompt.promptAttemptsSpecification?.keys.sorted() == ["Initial", "Retry1", "Retry2", "Retry3"])
        #expect(prompt.promptAttemptsSpecification?["Retry2"]?.textInputSpecification?.startTimeoutMs == 30000)
        let fullName = try #require(intent.slot(named: "FullName")).valueElicitationSetting
        #expect(fullName.promptSpecification?.promptAttemptsSpecification?.count == 3)
        #expect(fullName.sampleUtterances?.map(\.utterance) == ["my name is {FullName}", "I am {FullName}"])
        #expect(intent.slot(named: "MeetingDate")?.valueElicitationSetting.sampleUtterances == nil)
        let capture = try #require(fullName.slotCaptureSetting)
        #expect(capture.failureResponse == nil)
        #expect(
            capture.failureNextStep
                == LexDialogState(
                    dialogAction: LexDialogAction(type: .startIntent),
                    intent: LexIntentOverride(name: "FallbackIntent")
                ))
        #expect(capture.elicitationCodeHook?.enableCodeHookInvocation == true)
    }

    @Test("slot type and the other intents")
    func slotTypeAndOtherIntents() throws {
        let duration = try #require(locale.slotType(named: "MeetingDuration"))
        #expect(duration.description == "Meeting length in minutes")
        #expect(duration.valueSelectionSetting == LexValueSelectionSetting(resolutionStrategy: .topResolution))
        #expect(duration.slotTypeValues?.map(\.sampleValue.value) == ["30", "60"])
        #expect(
            duration.slotTypeValues?.first?.synonyms?.map(\.value) == [
                "thirty", "half an hour", "30 minutes", "30 min",
            ])
        let start = try #require(locale.intent(named: "StartMeety")).intent
        #expect(start.dialogCodeHook == nil && start.fulfillmentCodeHook == nil)
        #expect(start.slotPriorities == [])
        #expect(start.intentClosingSetting?.isActive == true)
        #expect(start.intentClosingSetting?.nextStep?.dialogAction?.type == .endConversation)
        let fallback = try #require(locale.intent(named: "FallbackIntent")).intent
        #expect(fallback.parentIntentSignature == "AMAZON.FallbackIntent")
        #expect(fallback.sampleUtterances == nil)
        #expect(
            fallback.intentClosingSetting?.closingResponse?.messageGroupsList.first?.message.plainTextMessage?.value
                == "Sorry, I didn't get that. I can book meetings. Say \"book a meeting\"."
        )
    }

    @Test("the template wires the Lambda ARN into the test alias and inlines the locale in PascalCase")
    func template() throws {
        let template = try json(compiled, "MeetyBot.template.json")
        #expect(template["Parameters"]?["LambdaArn"]?["Default"] == .string(""))
        #expect(template["Parameters"]?["BotRoleArn"]?["AllowedPattern"] != nil)
        #expect(template["Conditions"]?["HasLambdaArn"] != nil)
        let bot = try #require(template["Resources"]?["Bot"])
        #expect(bot["Type"] == .string("AWS::Lex::Bot"))
        let properties = try #require(bot["Properties"])
        #expect(properties["RoleArn"] == .object(["Ref": .string("BotRoleArn")]))
        #expect(properties["AutoBuildBotLocales"] == .bool(true))
        let branches = try #require(properties["TestBotAliasSettings"]?["Fn::If"]?.arrayValue)
        let setting = try #require(branches[1]["BotAliasLocaleSettings"]?.arrayValue?.first)
        #expect(setting["LocaleId"] == .string("en_US"))
        let hook = setting["BotAliasLocaleSetting"]?["CodeHookSpecification"]?["LambdaCodeHook"]
        #expect(hook?["CodeHookInterfaceVersion"] == .string("1.0"))
        #expect(hook?["LambdaArn"] == .object(["Ref": .string("LambdaArn")]))
        let locale = try #require(properties["BotLocales"]?.arrayValue?.first)
        #expect(locale["LocaleId"] == .string("en_US"))
        #expect(locale["NluConfidenceThreshold"] == .number(0.6))
        let book = try #require(locale["Intents"]?.arrayValue?.first { $0["Name"] == .string("BookMeeting") })
        #expect(book["Identifier"] == nil)
        #expect(book["Slots"]?.arrayValue?.count == 5)
        let email = try #require(book["Slots"]?.arrayValue?.last)
        let attempts = email["ValueElicitationSetting"]?["PromptSpecification"]?["PromptAttemptsSpecification"]
        #expect(attempts?["Retry3"]?["AllowedInputTypes"]?["AllowDTMFInput"] == .bool(true))
        #expect(
            attempts?["Initial"]?["AudioAndDTMFInputSpecification"]?["DTMFSpecification"]?["EndCharacter"]
                == .string("#"))
        #expect(
            locale["SlotTypes"]?.arrayValue?.first?["ValueSelectionSetting"]?["ResolutionStrategy"]
                == .string("TOP_RESOLUTION"))
        #expect(
            !String(decoding: try #require(compiled.files["MeetyBot.template.json"]), as: UTF8.self).contains("null"))
    }
}
