import Foundation
import LexFacts
import LexModel
import MeetyDiagnostics
import Testing

@Suite("Reading malformed exports")
struct ReaderDiagnosticsTests {
    private static let manifest = utf8(
        #"{"metaData":{"fileFormat":"LexJson","resourceType":"BOT","schemaVersion":"1"}}"#)
    private static let bot = utf8(
        #"{"name":"B","dataPrivacy":{"childDirected":false},"idleSessionTTLInSeconds":300}"#
    )
    private static let locale = utf8(#"{"identifier":"en_US","nluConfidenceThreshold":0.4}"#)
    private static let intent = utf8(#"{"name":"I","slotPriorities":[]}"#)

    private var minimal: [String: Data] {
        [
            "Manifest.json": Self.manifest, "B/Bot.json": Self.bot, "B/BotLocales/en_US/BotLocale.json": Self.locale,
            "B/BotLocales/en_US/Intents/I/Intent.json": Self.intent,
        ]
    }

    private func only(_ files: [String: Data]) throws -> Diagnostic {
        let (export, diagnostics) = readExport(files, source: "src")
        #expect(export == nil)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        return try #require(diagnostics.first)
    }

    @Test("a minimal export reads, and unused files are ignored")
    func minimalExport() throws {
        var files = minimal
        files["B/BotLocales/en_US/Intents/I/ConversationFlow.json"] = utf8("not even json")
        files["B/README.txt"] = utf8("x")
        files["__MACOSX/B/._Bot.json"] = utf8("junk")
        let (export, diagnostics) = readExport(files)
        #expect(diagnostics.isEmpty)
        #expect(export?.locales.first?.intents.map(\.name) == ["I"])
    }

    @Test("lowercase manifest.json, an extra top-level folder and backslashes are accepted")
    func tolerantLayouts() throws {
        var files: [String: Data] = [:]
        for (path, data) in minimal {
            let renamed = path == "Manifest.json" ? "manifest.json" : path
            files["Extra/" + renamed.replacingOccurrences(of: "/", with: "\\")] = data
        }
        let (export, diagnostics) = readExport(files)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(export?.bot.name == "B")
    }

    @Test("a bad file is named with its path and position; the others are still read")
    func badFiles() throws {
        var files = minimal
        files["B/Bot.json"] = utf8(
            "{\n  \"name\": \"B\",\n  \"dataPrivacy\": {\"childDirected\": false},\n  \"idleSessionTTLInSeconds\": \"300\"}"
        )
        files["B/BotLocales/en_US/Intents/I/Intent.json"] = utf8("{\"name\": \"I\",}")
        let (export, diagnostics) = readExport(files, source: "src")
        #expect(export == nil)
        #expect(
            diagnostics.map(\.description).sorted() == [
                "src/B/Bot.json:4:30: error: at key path idleSessionTTLInSeconds: expected a whole number but found a string [lex-schema-mismatch]",
                "src/B/BotLocales/en_US/Intents/I/Intent.json:1:14: error: not valid JSON: expected a quoted key but found character '}' [lex-invalid-json]",
            ]
        )
    }

    @Test("missing manifest, Bot.json, BotLocale.json and Intent.json")
    func missingFiles() throws {
        var files = minimal
        files["Manifest.json"] = nil
        #expect(try only(files).message == "no Manifest.json at the root of the export")
        #expect(try only([:]).message == "the export is empty")

        files = minimal
        files["B/Bot.json"] = nil
        #expect(try only(files).message == "the export has no <Bot>/Bot.json")

        files = minimal
        files["B/BotLocales/en_US/BotLocale.json"] = nil
        let locale = try only(files)
        #expect(locale.code == .lexMissingFile)
        #expect(locale.message == "locale folder 'en_US' has no BotLocale.json")

        files = minimal
        files["B/BotLocales/en_US/Intents/J/Slots/S/Slot.json"] = utf8(
            #"{"name":"S","slotTypeName":"AMAZON.Date","valueElicitationSetting":{"slotConstraint":"Required"}}"#
        )
        let intent = try only(files)
        #expect(intent.message == "intent folder 'J' has no Intent.json")
        #expect(intent.span?.file == "src/B/BotLocales/en_US/Intents/J/Intent.json")
    }

    @Test("layout problems: several bots, names that differ from folders, another manifest kind")
    func layout() throws {
        var files = minimal
        files["C/Bot.json"] = utf8(#"{"name":"C","dataPrivacy":{"childDirected":false},"idleSessionTTLInSeconds":300}"#)
        #expect(try only(files).message == "the export holds several bots (B, C); a bot export holds one")

        files = minimal
        files["B/BotLocales/en_US/Intents/I/Intent.json"] = utf8(#"{"name":"Other"}"#)
        let mismatch = try only(files)
        #expect(mismatch.code == .lexExportLayout)
        #expect(mismatch.message == "intent 'Other' is in folder 'I'; an entity's folder must carry its name")

        files = minimal
        files["Manifest.json"] = utf8(
            #"{"metaData":{"fileFormat":"LexJson","resourceType":"BOT_LOCALE","schemaVersion":"1"}}"#)
        #expect(try only(files).code == .lexUnsupportedManifest)
    }

    @Test(
        "paths leading outside the export are refused",
        arguments: ["../x.json", "/etc/x.json", "a/../../x.json", "C:\\x.json"])
    func traversal(path: String) throws {
        var files = minimal
        files[path] = utf8("{}")
        let diagnostic = try only(files)
        #expect(diagnostic.code == .lexUnsafePath)
        #expect(diagnostic.message.contains(path))
    }

    @Test("a missing directory is a diagnostic")
    func missingDirectory() throws {
        var bag = DiagnosticBag()
        let url = URL(fileURLWithPath: "/nonexistent/meety-lex-export")
        #expect(LexExportReader().read(directory: url, source: "nowhere", into: &bag) == nil)
        #expect(bag.diagnostics.map(\.code) == [.unreadableFile])
    }
}

@Suite("Locale ids of an export")
struct ExportLocaleTests {
    private static let manifest = utf8(
        #"{"metaData":{"fileFormat":"LexJson","resourceType":"BOT","schemaVersion":"1"}}"#)
    private static let bot = utf8(#"{"name":"B","dataPrivacy":{"childDirected":false},"idleSessionTTLInSeconds":300}"#)

    private func export(locales: [String]) -> (LexBotExport?, [Diagnostic]) {
        var files: [String: Data] = ["Manifest.json": Self.manifest, "B/Bot.json": Self.bot]
        for id in locales {
            files["B/BotLocales/\(id)/BotLocale.json"] = utf8(#"{"identifier":"\#(id)","nluConfidenceThreshold":0.4}"#)
            files["B/BotLocales/\(id)/Intents/I/Intent.json"] = utf8(#"{"name":"I","slotPriorities":[]}"#)
        }
        return readExport(files, source: "src")
    }

    @Test("every locale id Lex V2 supports is accepted", arguments: LexLocale.ids)
    func everyLexLocale(_ id: String) {
        let (export, diagnostics) = export(locales: [id])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(export?.locales.map(\.id) == [id])
    }

    @Test("an unknown locale id is refused at its BotLocale.json, with the nearest id as a hint")
    func unknownLocale() throws {
        let (export, diagnostics) = export(locales: ["en_US", "ko_KO", "xx_YY"])
        #expect(export == nil)
        #expect(
            diagnostics.map(\.description) == [
                "src/B/BotLocales/ko_KO/BotLocale.json:1:1: error: locale 'ko_KO' is not a locale Amazon Lex V2 supports "
                    + "(did you mean 'ko_KR'?) [lex-unknown-locale]",
                "src/B/BotLocales/xx_YY/BotLocale.json:1:1: error: locale 'xx_YY' is not a locale Amazon Lex V2 supports "
                    + "[lex-unknown-locale]",
            ])
        #expect(DiagnosticCode.lexModelCodes.contains(.lexUnknownLocale))
    }

    @Test("a locale id written with a hyphen is refused too: Lex writes en_US")
    func hyphenatedLocale() {
        let (_, diagnostics) = export(locales: ["en-US"])
        #expect(diagnostics.map(\.code) == [.lexUnknownLocale])
    }
}
