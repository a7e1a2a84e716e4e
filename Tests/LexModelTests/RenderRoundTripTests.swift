import Foundation
import LexModel
import MeetyDiagnostics
import Testing

@Suite("Rendering exports")
struct RenderRoundTripTests {
    /// Keys of newer exports the model does not cover; they are dropped on purpose.
    static let unmodelledKeys: Set<String> = [
        "errorLogSettings", "qnAIntentConfiguration", "bedrockAgentIntentConfiguration",
        "qInConnectIntentConfiguration", "intentsInScope",
    ]

    @Test("render, then read back, gives the same model", arguments: Fixture.allCases)
    func roundTrip(fixture: Fixture) throws {
        let export = try fixture.export()
        let files = try export.renderFiles()
        let (again, diagnostics) = readExport(files)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(again == export)
        #expect(try again?.renderFiles() == files)
    }

    @Test("rendered files hold exactly what the console wrote, up to nulls", arguments: Fixture.allCases)
    func faithfulToTheConsole(fixture: Fixture) throws {
        let original = try fixture.files()
        let rendered = try fixture.export().renderFiles()
        let expectedPaths = Set(original.keys.filter { !$0.hasSuffix("ConversationFlow.json") })
        #expect(Set(rendered.keys) == expectedPaths)
        for path in expectedPaths.sorted() {
            let before = Self.strip(try LexJSON.parse(try #require(original[path]), file: path)).removingNulls()
            let after = try LexJSON.parse(try #require(rendered[path]), file: path).removingNulls()
            #expect(before == after, "\(fixture)/\(path)")
        }
    }

    @Test("files are pretty-printed with sorted keys, nulls for absent values and a trailing newline")
    func fileFormat() throws {
        let files = try Fixture.pizzaShop.export().renderFiles()
        let manifest = String(decoding: try #require(files["Manifest.json"]), as: UTF8.self)
        #expect(
            manifest == """
                {
                  "metaData": {
                    "fileFormat": "LexJson",
                    "resourceType": "BOT",
                    "schemaVersion": "1"
                  }
                }

                """
        )
        let bot = String(decoding: try #require(files["PizzaShop/Bot.json"]), as: UTF8.self)
        #expect(
            bot == """
                {
                  "dataPrivacy": {
                    "childDirected": false
                  },
                  "description": null,
                  "identifier": "DKWFIM4WGC",
                  "idleSessionTTLInSeconds": 300,
                  "name": "PizzaShop",
                  "version": "DRAFT"
                }

                """
        )
        let locale = try LexJSON.parse(try #require(files["PizzaShop/BotLocales/en_US/BotLocale.json"]), file: "")
        #expect(locale["nluConfidenceThreshold"] == .number(0.4))
        let crust = try LexJSON.parse(
            try #require(files["PizzaShop/BotLocales/en_US/SlotTypes/Crust/SlotType.json"]),
            file: ""
        )
        #expect(crust["slotTypeValues"]?.arrayValue?.first?["synonyms"] == .null)
        #expect(crust["valueSelectionSetting"]?["regexFilter"] == .null)
    }

    @Test("every modelled key is written, absent ones as null")
    func everyKeyWritten() throws {
        let intent = try LexJSON.encode(LexIntent(name: "Empty"))
        #expect(
            intent.objectValue?.keys.sorted() == [
                "description", "dialogCodeHook", "fulfillmentCodeHook", "identifier", "initialResponseSetting",
                "inputContexts", "intentClosingSetting", "intentConfirmationSetting", "kendraConfiguration", "name",
                "outputContexts", "parentIntentSignature", "sampleUtterances", "slotPriorities",
            ]
        )
        #expect(intent.objectValue?.values.filter { $0 != .null } == [.string("Empty")])
        let message = try LexJSON.encode(LexMessage(plainTextMessage: LexTextValue(value: "a/b \"c\"\n")))
        #expect(message["ssmlMessage"] == .null)
        #expect(message.prettyPrinted().contains(#""value": "a/b \"c\"\n""#))
    }

    @Test("unsafe names and non-finite numbers cannot be rendered")
    func unrenderable() {
        let locale = LexBotLocale(identifier: "en_US", nluConfidenceThreshold: .nan)
        let bot = LexBot(name: "Bot", dataPrivacy: LexDataPrivacy(childDirected: false), idleSessionTTLInSeconds: 300)
        let nan = LexBotExport(bot: bot, locales: [LexLocaleExport(locale: locale, intents: [], slotTypes: [])])
        #expect(throws: Diagnostic.self) { try nan.renderFiles() }
        var traversal = nan
        traversal.locales[0].locale.nluConfidenceThreshold = 0.4
        traversal.locales[0].intents = [LexIntentExport(intent: LexIntent(name: "../evil"))]
        do {
            _ = try traversal.renderFiles()
            Issue.record("rendered an intent named ../evil")
        } catch {
            #expect(error.code == .lexUnrenderable)
            #expect(error.message.contains("../evil"))
        }
    }

    private static func strip(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var kept: [String: JSONValue] = [:]
            for (key, member) in members where !unmodelledKeys.contains(key) { kept[key] = strip(member) }
            return .object(kept)
        case .array(let elements):
            return .array(elements.map(strip))
        default:
            return value
        }
    }
}
