import BotModel
import Foundation
import LexCompiler
import LexModel
import LexTemplates
import MeetyDiagnostics

/// A bot named on the command line, loaded: a bot YAML file (validated and compiled in memory), a
/// Lex export folder or zip, a CloudFormation template with an `AWS::Lex::Bot`, or any of these at a
/// git revision (`REV:PATH`).
struct LoadedBot {
    /// What the bot file, export or template is.
    enum Kind {
        /// A bot YAML file.
        case yaml
        /// A Lex export folder or zip.
        case export
        /// A CloudFormation template.
        case template
    }

    /// The argument as the user wrote it.
    var label: String
    /// What it is.
    var kind: Kind
    /// The Lex model.
    var export: LexBotExport
    /// The validated bot, for a YAML file.
    var validated: ValidatedBot?
    /// Where each entity is written, for templates and exports.
    var sources: LexSourceMap
    /// The path of the YAML file in the working tree (without the revision), what its code hook's
    /// paths are relative to.
    var path: String
}

/// Loads the bots the command line names: the disk and git are read here, the libraries get bytes.
enum BotSources {
    /// The bot `argument` names (a path, or `REV:PATH` when no such path exists), or `nil` after
    /// diagnostics.
    /// - Parameter resource: the logical id of the bot to read from a template with several.
    static func load(_ argument: String, resource: String? = nil, into bag: inout DiagnosticBag) -> LoadedBot? {
        if FileManager.default.fileExists(atPath: argument) {
            if InputFiles.isDirectory(argument) {
                let files = LexExportReader().loadFiles(
                    directory: URL(fileURLWithPath: argument), source: argument, into: &bag)
                return files.flatMap { export($0, label: argument, path: argument, into: &bag) }
            }
            let limit = YAMLLimitsForInputs.maxBytes
            guard let bytes = InputFiles.read(argument, maxBytes: limit, into: &bag) else { return nil }
            return file(bytes, label: argument, path: argument, resource: resource, into: &bag)
        }
        guard let colon = argument.firstIndex(of: ":"), colon != argument.startIndex else {
            bag.error(.unreadableFile, "cannot read '\(argument)': no such file", at: .startOf(argument))
            return nil
        }
        let path = String(argument[argument.index(after: colon)...])
        switch GitFiles.read(argument, into: &bag) {
        case .file(let bytes): return file(bytes, label: argument, path: path, resource: resource, into: &bag)
        case .folder(let files): return export(files, label: argument, path: path, into: &bag)
        case nil: return nil
        }
    }

    /// A file's bot: a zip, a template or a bot YAML file, told apart by their contents.
    static func file(
        _ bytes: [UInt8], label: String, path: String, resource: String? = nil, into bag: inout DiagnosticBag
    ) -> LoadedBot? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            let files = LexExportReader().unzip(Data(bytes), source: label, into: &bag)
            return files.flatMap { export($0, label: label, path: path, into: &bag) }
        }
        if CloudFormationBotReader.looksLikeTemplate(bytes) {
            guard let bot = CloudFormationBotReader().readBot(bytes, file: label, resource: resource, into: &bag) else {
                return nil
            }
            return LoadedBot(
                label: label, kind: .template, export: bot.export, validated: nil, sources: bot.sources, path: path)
        }
        guard let validated = BotLoader().load(bytes, file: label, into: &bag) else { return nil }
        return LoadedBot(
            label: label, kind: .yaml, export: LexCompiler().export(validated), validated: validated, sources: [:],
            path: path)
    }

    /// An export's bot, with each entity named by its file in the export.
    static func export(_ files: [String: Data], label: String, path: String, into bag: inout DiagnosticBag)
        -> LoadedBot?
    {
        guard let export = LexExportReader().read(files: files, source: label, into: &bag) else { return nil }
        let botFile = files.keys.filter { $0.hasSuffix("/Bot.json") && !$0.contains("/BotLocales/") }
            .min { $0.count < $1.count }
        let folder = botFile.map { String($0.dropLast("Bot.json".count)) } ?? ""
        var sources: LexSourceMap = [.bot: .startOf("\(label)/\(folder)Bot.json")]
        for locale in export.locales {
            let entities: [LexEntity] =
                [.locale(locale.id)]
                + locale.slotTypes.map { .slotType(locale: locale.id, slotType: $0.name) }
                + locale.intents.flatMap { intent in
                    [.intent(locale: locale.id, intent: intent.name)]
                        + intent.slots.map { .slot(locale: locale.id, intent: intent.name, slot: $0.name) }
                }
            for entity in entities { sources[entity] = .startOf("\(label)/\(folder)\(entity.exportFile)") }
        }
        return LoadedBot(label: label, kind: .export, export: export, validated: nil, sources: sources, path: path)
    }
}

/// The largest input the command line reads whole (a template or a zip is read like a bot file).
enum YAMLLimitsForInputs {
    /// 128 MiB: the export reader's own bound on a zip's contents.
    static let maxBytes = 128 * 1024 * 1024
}
