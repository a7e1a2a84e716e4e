import Foundation
import LexModel
import MeetyDiagnostics
import Testing

/// Shapes real exports have that the documentation does not lead one to expect (fixture README,
/// "Quirks"): they load, with a warning naming the file and position, and are written back as read.
@Suite("Odd but real export shapes")
struct ExportQuirksTests {
    private static let manifest = utf8(
        #"{"metaData":{"fileFormat":"LexJson","resourceType":"BOT","schemaVersion":"1"}}"#)
    private static let locale = utf8(#"{"identifier":"en_US","nluConfidenceThreshold":0.4}"#)

    private func files(intent: String, bot: String = "B", botName: String = "B") -> [String: Data] {
        [
            "Manifest.json": Self.manifest,
            "\(bot)/Bot.json": utf8(
                #"{"name":"\#(botName)","dataPrivacy":{"childDirected":false},"idleSessionTTLInSeconds":300}"#),
            "\(bot)/BotLocales/en_US/BotLocale.json": Self.locale,
            "\(bot)/BotLocales/en_US/Intents/I/Intent.json": utf8(intent),
        ]
    }

    @Test("a bot folder named otherwise than the bot is a warning, and the bot keeps its name")
    func botFolder() throws {
        let (export, diagnostics) = readExport(
            files(intent: #"{"name":"I"}"#, bot: "DemoBot", botName: "JavaLambdaBot"), source: "src")
        #expect(
            diagnostics.map(\.description) == [
                "src/DemoBot/Bot.json:1:1: warning: bot 'JavaLambdaBot' is in folder 'DemoBot'; it is read under its name 'JavaLambdaBot' [lex-bot-folder-mismatch]"
            ])
        #expect(export?.bot.name == "JavaLambdaBot")
        #expect(try export?.renderFiles().keys.contains("JavaLambdaBot/Bot.json") == true)
    }

    @Test("API spellings are read as the export's, with a warning at each key")
    func apiSpellings() throws {
        let intent = """
            {"name": "I",
             "intentClosingSetting": {"active": false,
               "closingResponse": {"messageGroups": [{"message": {"plainTextMessage": {"value": "Bye"}}}]}},
             "fulfillmentCodeHook": {"enabled": true, "active": true,
               "fulfillmentUpdatesSpecification": {"isActive": true, "timeoutInSeconds": 60,
                 "startResponse": {"delayInSeconds": 2, "messageGroupsList": [{"message": {"plainTextMessage": {"value": "Wait"}}}]}}}}
            """
        let (export, diagnostics) = readExport(files(intent: intent), source: "src")
        let path = "src/B/BotLocales/en_US/Intents/I/Intent.json"
        #expect(
            diagnostics.map(\.description) == [
                "\(path):2:27: warning: 'active' is the spelling of the API; in this object the export spells the key 'isActive' (read as 'isActive') [lex-key-spelling]",
                "\(path):3:24: warning: 'messageGroups' is the spelling of the API; in this object the export spells the key 'messageGroupsList' (read as 'messageGroupsList') [lex-key-spelling]",
                "\(path):4:43: warning: 'active' is the spelling of the API; in this object the export spells the key 'isActive' (read as 'isActive') [lex-key-spelling]",
                "\(path):5:40: warning: 'isActive' is the spelling of the other export steps; in this object the export spells the key 'active' (read as 'active') [lex-key-spelling]",
                "\(path):6:45: warning: 'messageGroupsList' is the spelling of the other export responses; in this object the export spells the key 'messageGroups' (read as 'messageGroups') [lex-key-spelling]",
            ])
        let read = try #require(export?.locales.first?.intents.first?.intent)
        #expect(read.intentClosingSetting?.isActive == false)
        #expect(
            read.intentClosingSetting?.closingResponse?.messageGroupsList.first?.message.plainTextMessage?.value
                == "Bye")
        #expect(read.fulfillmentCodeHook?.isActive == true)
        #expect(read.fulfillmentCodeHook?.fulfillmentUpdatesSpecification?.active == true)
        #expect(read.fulfillmentCodeHook?.fulfillmentUpdatesSpecification?.startResponse?.messageGroups.count == 1)
    }

    @Test("both spellings in one object: the export's is used and the other ignored, with a warning")
    func bothSpellings() throws {
        let intent = #"{"name": "I", "intentClosingSetting": {"isActive": true, "active": false}}"#
        let (export, diagnostics) = readExport(files(intent: intent), source: "src")
        #expect(
            diagnostics.map(\.message) == [
                "'active' is ignored: the object also has 'isActive', the export spelling of the same key"
            ])
        #expect(export?.locales.first?.intents.first?.intent.intentClosingSetting?.isActive == true)
    }

    @Test("an image card's buttonsList is read, warned about, and written back as buttonsList")
    func buttonsList() throws {
        let intent = """
            {"name": "I", "intentClosingSetting": {"isActive": true, "closingResponse": {"messageGroupsList": [{"message":
              {"imageResponseCard": {"title": "Pick", "buttonsList": [{"text": "Yes", "value": "yes"}]}}}]}}}
            """
        let (export, diagnostics) = readExport(files(intent: intent), source: "src")
        #expect(diagnostics.map(\.code) == [.lexKeySpelling])
        #expect(diagnostics.first?.span?.start.description == "2:43")
        let exported = try #require(export)
        let card = exported.locales.first?.intents.first?.intent.intentClosingSetting?.closingResponse?
            .messageGroupsList.first?.message.imageResponseCard
        #expect(
            card
                == LexImageResponseCard(
                    title: "Pick", buttons: [LexButton(text: "Yes", value: "yes")], buttonsKey: .buttonsList))
        let written = try LexJSON.encode(try #require(card))
        #expect(written["buttonsList"]?.arrayValue?.count == 1)
        #expect(written["buttons"] == nil)
        let api = try LexJSON.encode(LexImageResponseCard(title: "Pick"))
        #expect(api["buttons"] == .null)
        #expect(api["buttonsList"] == nil)
    }

    @Test("keys newer consoles added are left out when absent and written when present")
    func omittedWhenAbsent() throws {
        let bot = LexBot(name: "B", dataPrivacy: LexDataPrivacy(childDirected: false), idleSessionTTLInSeconds: 300)
        #expect(try LexJSON.encode(bot)["errorLogSettings"] == nil)
        var logging = bot
        logging.errorLogSettings = LexErrorLogSettings(enabled: true)
        #expect(try LexJSON.encode(logging)["errorLogSettings"] == .object(["enabled": .bool(true)]))
        #expect(try LexJSON.encode(LexDialogAction(type: .endConversation))["intentsInScope"] == nil)
        let scoped = LexDialogAction(type: .elicitIntent, intentsInScope: .array([.string("A")]))
        #expect(try LexJSON.encode(scoped)["intentsInScope"] == .array([.string("A")]))
        let slot = try LexJSON.encode(
            LexSlot(
                name: "S", slotTypeName: "T",
                valueElicitationSetting: LexSlotValueElicitationSetting(slotConstraint: .required)))
        #expect(slot["subSlotSetting"] == nil)
        #expect(slot["valueElicitationSetting"]?["slotResolutionSetting"] == nil)
        #expect(slot["multipleValuesSetting"] == .null)
    }

    @Test("composite slot types and sub-slot settings load and are written back")
    func compositeSlots() throws {
        let slotType = utf8(
            #"{"name": "Car", "compositeSlotTypeSetting": {"subSlots": [{"name": "Color", "slotTypeName": "AMAZON.Color"}, {"name": "Make", "slotTypeId": "MAKEID1234"}]}, "valueSelectionSetting": {"resolutionStrategy": "CONCATENATION"}}"#
        )
        let slot = utf8(
            #"{"name": "car", "slotTypeName": "Car", "valueElicitationSetting": {"slotConstraint": "Required"}, "subSlotSetting": {"expression": "Color AND Make", "slotSpecifications": {"Color": {"slotTypeName": "AMAZON.Color", "valueElicitationSetting": {"promptSpecification": {"messageGroupsList": [{"message": {"plainTextMessage": {"value": "Color?"}}}], "maxRetries": 1}, "defaultValueSpecification": {"defaultValueList": [{"defaultValue": "red"}]}}}}}}"#
        )
        var input = files(intent: #"{"name": "I"}"#)
        input["B/BotLocales/en_US/SlotTypes/Car/SlotType.json"] = slotType
        input["B/BotLocales/en_US/Intents/I/Slots/car/Slot.json"] = slot
        let (export, diagnostics) = readExport(input)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let locale = try #require(export?.locales.first)
        let car = try #require(locale.slotType(named: "Car"))
        #expect(car.compositeSlotTypeSetting?.subSlots?.map(\.name) == ["Color", "Make"])
        #expect(car.valueSelectionSetting?.resolutionStrategy == .concatenation)
        let setting = try #require(locale.intents.first?.slot(named: "car")?.subSlotSetting)
        #expect(setting.expression == "Color AND Make")
        let color = setting.slotSpecifications?["Color"]?.valueElicitationSetting
        #expect(color?.defaultValueSpecification?.defaultValueList == [LexDefaultValue(defaultValue: "red")])
        let rendered = try #require(try export?.renderFiles())
        for (path, data) in input where path.contains("Car") || path.hasSuffix("car/Slot.json") {
            let before = try LexJSON.parse(data, file: path).removingNulls()
            let after = try LexJSON.parse(try #require(rendered[path]), file: path).removingNulls()
            #expect(before == after, "\(path)")
        }
    }
}
