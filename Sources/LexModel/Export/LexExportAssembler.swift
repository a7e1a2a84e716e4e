import Foundation
import LexFacts
import MeetyDiagnostics

/// Decodes the files of one export root and puts them together into a `LexBotExport`.
///
/// Used by `LexExportReader` once paths are normalised and the root is found. Keeps every decoded
/// file by folder, then checks the structure: exactly one bot folder, a `BotLocale.json` for each
/// locale folder, an `Intent.json` for each intent folder with slots, and names inside the files
/// that match their folders (the simulator and `slotPriorities` go by name).
struct LexExportAssembler {
    private let source: String
    private let root: String
    private var manifest: (path: String, data: Data)?
    private var bots: [String: LexBot] = [:]
    private var botFolders: Set<String> = []
    private var locales: [String: LexBotLocale] = [:]
    private var localeFolders: [String: Set<String>] = [:]
    private var intents: [Key: LexIntent] = [:]
    private var intentFolders: Set<Key> = []
    private var slots: [Key: [LexSlot]] = [:]
    private var slotTypes: [String: [String: [LexSlotType]]] = [:]

    /// A (bot, locale, intent) folder.
    private struct Key: Hashable {
        let bot: String
        let locale: String
        let intent: String
    }

    init(source: String, root: String) {
        self.source = source
        self.root = root
    }

    private func display(_ path: String) -> String { "\(source)/\(root)\(path)" }

    private func decode<T: Decodable>(_ type: T.Type, _ path: String, _ data: Data, into bag: inout DiagnosticBag) -> T?
    {
        do {
            return try LexJSON.decodeExportFile(type, from: data, file: display(path), into: &bag)
        } catch {
            bag.emit(error)
            return nil
        }
    }

    private func checkName(_ name: String, folder: String, kind: String, path: String, into bag: inout DiagnosticBag) {
        guard name != folder else { return }
        bag.error(
            .lexExportLayout,
            "\(kind) '\(name)' is in folder '\(folder)'; an entity's folder must carry its name",
            at: .startOf(display(path))
        )
    }

    /// Decodes one file (a path relative to the root) and files it by folder.
    mutating func add(path: String, data: Data, into bag: inout DiagnosticBag) {
        switch LexExportLayout.classify(path) {
        case .manifest:
            if manifest == nil || path == LexExportLayout.manifestPath { manifest = (path, data) }
        case .bot(let bot):
            botFolders.insert(bot)
            guard let value = decode(LexBot.self, path, data, into: &bag) else { return }
            if value.name != bot {
                bag.warning(
                    .lexBotFolderMismatch,
                    "bot '\(value.name)' is in folder '\(bot)'; it is read under its name '\(value.name)'",
                    at: .startOf(display(path)))
            }
            bots[bot] = value
        case .locale(let bot, let locale):
            localeFolders[bot, default: []].insert(locale)
            guard let value = decode(LexBotLocale.self, path, data, into: &bag) else { return }
            checkName(value.identifier, folder: locale, kind: "locale", path: path, into: &bag)
            locales[bot + "/" + locale] = value
        case .intent(let bot, let locale, let intent):
            localeFolders[bot, default: []].insert(locale)
            let key = Key(bot: bot, locale: locale, intent: intent)
            intentFolders.insert(key)
            guard let value = decode(LexIntent.self, path, data, into: &bag) else { return }
            checkName(value.name, folder: intent, kind: "intent", path: path, into: &bag)
            intents[key] = value
        case .slot(let bot, let locale, let intent, let slot):
            localeFolders[bot, default: []].insert(locale)
            let key = Key(bot: bot, locale: locale, intent: intent)
            intentFolders.insert(key)
            guard let value = decode(LexSlot.self, path, data, into: &bag) else { return }
            checkName(value.name, folder: slot, kind: "slot", path: path, into: &bag)
            slots[key, default: []].append(value)
        case .slotType(let bot, let locale, let slotType):
            localeFolders[bot, default: []].insert(locale)
            guard let value = decode(LexSlotType.self, path, data, into: &bag) else { return }
            checkName(value.name, folder: slotType, kind: "slot type", path: path, into: &bag)
            slotTypes[bot + "/" + locale, default: [:]][slotType, default: []].append(value)
        case .other:
            return
        }
    }

    /// Checks the manifest and the structure and builds the export; `nil` when something required
    /// is missing.
    func assemble(into bag: inout DiagnosticBag) -> LexBotExport? {
        guard let manifest = checkedManifest(into: &bag) else { return nil }
        guard let botFolder = singleBotFolder(into: &bag) else { return nil }
        guard let bot = bots[botFolder] else { return nil }
        var result: [LexLocaleExport] = []
        for localeFolder in (localeFolders[botFolder] ?? []).sorted() {
            guard LexLocale.named(localeFolder) != nil else {
                let hint = Suggestions.hint(for: localeFolder, among: LexLocale.ids)
                bag.error(
                    .lexUnknownLocale,
                    "locale '\(localeFolder)' is not a locale Amazon Lex V2 supports\(hint)",
                    at: .startOf(display(LexExportLayout.localePath(bot: botFolder, locale: localeFolder)))
                )
                continue
            }
            guard let locale = locales[botFolder + "/" + localeFolder] else {
                bag.error(
                    .lexMissingFile,
                    "locale folder '\(localeFolder)' has no BotLocale.json",
                    at: .startOf(display(LexExportLayout.localePath(bot: botFolder, locale: localeFolder)))
                )
                continue
            }
            let keys = intentFolders.filter { $0.bot == botFolder && $0.locale == localeFolder }
            var localeIntents: [LexIntentExport] = []
            for key in keys.sorted(by: { $0.intent < $1.intent }) {
                guard let intent = intents[key] else {
                    let path = LexExportLayout.intentPath(bot: botFolder, locale: localeFolder, intent: key.intent)
                    if !bag.diagnostics.contains(where: { $0.span?.file == display(path) }) {
                        bag.error(
                            .lexMissingFile,
                            "intent folder '\(key.intent)' has no Intent.json",
                            at: .startOf(display(path))
                        )
                    }
                    continue
                }
                let intentSlots = (slots[key] ?? []).sorted { $0.name < $1.name }
                localeIntents.append(LexIntentExport(intent: intent, slots: intentSlots))
            }
            let types = (slotTypes[botFolder + "/" + localeFolder] ?? [:]).sorted { $0.key < $1.key }.flatMap(\.value)
            result.append(LexLocaleExport(locale: locale, intents: localeIntents, slotTypes: types))
        }
        return LexBotExport(manifest: manifest, bot: bot, locales: result)
    }

    private func checkedManifest(into bag: inout DiagnosticBag) -> LexManifest? {
        guard let (path, data) = manifest else {
            bag.error(.lexMissingFile, "no Manifest.json at the root of the export", at: .startOf(source))
            return nil
        }
        guard let value = decode(LexManifest.self, path, data, into: &bag) else { return nil }
        let format = value.metaData.fileFormat
        let resource = value.metaData.resourceType
        guard format.caseInsensitiveCompare("LexJson") == .orderedSame,
            resource.caseInsensitiveCompare("BOT") == .orderedSame
        else {
            bag.error(
                .lexUnsupportedManifest,
                "the manifest describes fileFormat '\(format)', resourceType '\(resource)'; "
                    + "only whole-bot exports (LexJson, BOT) can be read",
                at: .startOf(display(path))
            )
            return nil
        }
        return value
    }

    private func singleBotFolder(into bag: inout DiagnosticBag) -> String? {
        let folders = botFolders.sorted()
        guard let first = folders.first else {
            bag.error(.lexMissingFile, "the export has no <Bot>/Bot.json", at: .startOf(source))
            return nil
        }
        guard folders.count == 1 else {
            bag.error(
                .lexExportLayout,
                "the export holds several bots (\(folders.joined(separator: ", "))); a bot export holds one",
                at: .startOf(source)
            )
            return nil
        }
        return first
    }
}
