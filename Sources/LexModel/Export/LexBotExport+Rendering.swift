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
        // Paths are checked first, in export order; the files are then printed on every core.
        var planned: [(path: String, document: JSONDocument)] = [
            (LexExportLayout.manifestPath, manifest), (LexExportLayout.botPath(bot: botName), bot.document),
        ]
        var seen = Set(planned.map(\.path))
        func add(_ document: JSONDocument, at path: String, to files: inout [(path: String, document: JSONDocument)])
            throws(Diagnostic)
        {
            guard seen.insert(path).inserted else {
                throw Diagnostic.error(.lexUnrenderable, "two entities would be written to '\(path)'", at: nil)
            }
            files.append((path, document))
        }
        for locale in locales {
            let localeId = locale.locale.name
            try Self.checkFolderName(localeId, "locale")
            try add(
                locale.locale.document, at: LexExportLayout.localePath(bot: botName, locale: localeId), to: &planned)
            for intent in locale.intents {
                let intentName = intent.intent.name
                try Self.checkFolderName(intentName, "intent")
                let path = LexExportLayout.intentPath(bot: botName, locale: localeId, intent: intentName)
                try add(intent.intent.document, at: path, to: &planned)
                for slot in intent.slots {
                    try Self.checkFolderName(slot.name, "slot")
                    let path = LexExportLayout.slotPath(
                        bot: botName, locale: localeId, intent: intentName, slot: slot.name)
                    try add(slot.document, at: path, to: &planned)
                }
            }
            for slotType in locale.slotTypes {
                try Self.checkFolderName(slotType.name, "slot type")
                let path = LexExportLayout.slotTypePath(bot: botName, locale: localeId, slotType: slotType.name)
                try add(slotType.document, at: path, to: &planned)
            }
        }
        let documents = planned.map(\.document)
        let printed = ParallelMap.map(
            count: documents.count, cost: documents.count * 4_096, makeState: {},
            transform: { _, index in documents[index].prettyPrintedData() })
        var files: [String: Data] = [:]
        files.reserveCapacity(planned.count)
        for (index, entry) in planned.enumerated() { files[entry.path] = printed[index] }
        return files
    }

    private static func checkFolderName(_ name: String, _ kind: String) throws(Diagnostic) {
        guard LexExportLayout.isSafeFolderName(name) else {
            throw Diagnostic.error(.lexUnrenderable, "\(kind) name '\(name)' cannot be used as a folder name", at: nil)
        }
    }
}
