import Foundation
import MeetyDiagnostics

extension LexBotExport {
    /// The export as files, keyed by path relative to the export root (`Manifest.json`,
    /// `MeetyBot/Bot.json`, ...; see `LexExportLayout`).
    ///
    /// Every file is pretty-printed JSON with sorted keys, unescaped slashes, every modelled key
    /// present (`null` when absent, as the console exporter writes) and one trailing newline, so
    /// the output is byte-identical on every run and platform. Fails with a `lex-unrenderable`
    /// diagnostic when an entity name cannot be a folder name or a number is not finite.
    public func renderFiles() throws(Diagnostic) -> [String: Data] {
        try encoded().renderFiles()
    }
}

extension LexEncodedExport {
    /// The export as files, keyed by path relative to the export root (see
    /// `LexBotExport.renderFiles()`).
    public func renderFiles() throws(Diagnostic) -> [String: Data] {
        let botName = bot.name
        try Self.checkFolderName(botName, "bot")
        var files: [String: Data] = [
            LexExportLayout.manifestPath: manifest.prettyPrintedData(),
            LexExportLayout.botPath(bot: botName): bot.value.prettyPrintedData(),
        ]
        for locale in locales {
            let localeId = locale.locale.name
            try Self.checkFolderName(localeId, "locale")
            try Self.add(
                locale.locale.value, at: LexExportLayout.localePath(bot: botName, locale: localeId), to: &files)
            for intent in locale.intents {
                let intentName = intent.intent.name
                try Self.checkFolderName(intentName, "intent")
                let path = LexExportLayout.intentPath(bot: botName, locale: localeId, intent: intentName)
                try Self.add(intent.intent.value, at: path, to: &files)
                for slot in intent.slots {
                    try Self.checkFolderName(slot.name, "slot")
                    let path = LexExportLayout.slotPath(
                        bot: botName, locale: localeId, intent: intentName, slot: slot.name)
                    try Self.add(slot.value, at: path, to: &files)
                }
            }
            for slotType in locale.slotTypes {
                try Self.checkFolderName(slotType.name, "slot type")
                let path = LexExportLayout.slotTypePath(bot: botName, locale: localeId, slotType: slotType.name)
                try Self.add(slotType.value, at: path, to: &files)
            }
        }
        return files
    }

    private static func add(_ value: JSONValue, at path: String, to files: inout [String: Data]) throws(Diagnostic) {
        guard files[path] == nil else {
            throw Diagnostic.error(.lexUnrenderable, "two entities would be written to '\(path)'", at: nil)
        }
        files[path] = value.prettyPrintedData()
    }

    private static func checkFolderName(_ name: String, _ kind: String) throws(Diagnostic) {
        guard LexExportLayout.isSafeFolderName(name) else {
            throw Diagnostic.error(.lexUnrenderable, "\(kind) name '\(name)' cannot be used as a folder name", at: nil)
        }
    }
}
