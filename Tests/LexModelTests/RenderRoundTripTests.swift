import Foundation
import LexModel
import MeetyDiagnostics
import Testing

@Suite("Rendering exports")
struct RenderRoundTripTests {
    @Test("render, then read back, gives the same model", arguments: Fixture.allCases)
    func roundTrip(fixture: Fixture) throws {
        let export = try fixture.export()
        let files = try export.renderFiles()
        let (again, diagnostics) = readExport(files)
        // Written back as read: fsi-agent's buttonsList warns again; a bot folder now carries its name.
        let expected = fixture.expectedWarnings.filter { !$0.contains("lex-bot-folder-mismatch") }
        #expect(diagnostics.map(Fixture.summary).sorted() == expected.sorted())
        #expect(again == export)
        #expect(try again?.renderFiles() == files)
    }

    @Test(
        "rendered files hold every value the console wrote, flows included (JSON values, nulls and key order aside)",
        arguments: Fixture.allCases)
    func faithfulToTheConsole(fixture: Fixture) throws {
        let original = try fixture.files()
        let export = try fixture.export()
        let rendered = try export.renderFiles()
        // A bot is written under its name; lomibaod-demobot's folder is named otherwise.
        var expected: [String: Data] = [:]
        for (path, data) in original where !path.hasSuffix("ConversationFlow.json") {
            var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if parts.count > 1 { parts[0] = export.bot.name }
            expected[parts.joined(separator: "/")] = data
        }
        #expect(Set(rendered.keys) == Set(expected.keys))
        for path in expected.keys.sorted() {
            let before = try LexJSON.parse(try #require(expected[path]), file: path).removingNulls()
            let after = try LexJSON.parse(try #require(rendered[path]), file: path).removingNulls()
            #expect(before == after, "\(fixture)/\(path)")
        }
    }

    @Test("the flow fields of the real bots survive a round trip, counted key by key")
    func flowFieldsSurvive() throws {
        let flowKeys: Set<String> = [
            "nextStep", "captureNextStep", "failureNextStep", "successNextStep", "timeoutNextStep",
            "confirmationNextStep", "declinationNextStep", "conditionalBranches", "defaultBranch",
            "expressionString", "invocationLabel", "codeHook", "elicitationCodeHook", "initialResponseSetting",
            "postCodeHookSpecification", "postFulfillmentStatusSpecification", "fulfillmentUpdatesSpecification",
            "inputContexts", "outputContexts", "defaultValueSpecification", "sessionAttributes",
            "suppressNextMessage", "buttonsList", "qInConnectIntentConfiguration", "errorLogSettings",
        ]
        var before: [String: Int] = [:]
        var after: [String: Int] = [:]
        for fixture in Fixture.allCases {
            for (path, data) in try fixture.files() where !path.hasSuffix("ConversationFlow.json") {
                Self.count(flowKeys, in: try LexJSON.parse(data, file: path).removingNulls(), into: &before)
            }
            for (path, data) in try fixture.export().renderFiles() {
                Self.count(flowKeys, in: try LexJSON.parse(data, file: path).removingNulls(), into: &after)
            }
        }
        #expect(after == before)
        #expect(before["expressionString"] == 7)
        #expect(before["invocationLabel"] == 6)
        #expect(before["buttonsList"] == 1)
        #expect((before["nextStep"] ?? 0) > 0 && (before["captureNextStep"] ?? 0) > 0)
    }

    private static func count(_ keys: Set<String>, in value: JSONValue, into counts: inout [String: Int]) {
        switch value {
        case .object(let members):
            for (key, member) in members {
                if keys.contains(key) { counts[key, default: 0] += 1 }
                count(keys, in: member, into: &counts)
            }
        case .array(let elements):
            for element in elements { count(keys, in: element, into: &counts) }
        default:
            break
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
}
