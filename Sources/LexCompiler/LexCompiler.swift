import BotModel
import Foundation
import LexModel
import MeetyDiagnostics

/// Compiles a validated bot into its output files (DESIGN §4).
///
/// For a bot named `MeetyBot` the files, relative to the output directory, are:
/// `MeetyBot/Manifest.json` and `MeetyBot/MeetyBot/...` (the Lex export tree), `MeetyBot.zip`
/// (the same tree, zip root = `Manifest.json` + `MeetyBot/`, for `StartImport` or
/// `BotFileS3Location`) and `MeetyBot.template.json` (CloudFormation). Compilation is a pure
/// function of the bot: the same input always gives the same bytes, zip included.
public struct LexCompiler: Sendable {
    /// The largest template CloudFormation accepts, in bytes.
    public static let defaultTemplateSizeLimit = 1_000_000

    /// Above this many bytes the template imports the zip from S3 instead of inlining the bot.
    public var templateSizeLimit: Int

    /// The input settings the compiler gives every prompt attempt (the console's defaults), so an
    /// importer can tell a bot that uses other settings, which the bot format cannot write.
    public static var consolePromptAttempt: LexPromptAttemptSpecification { LexFlowDefaults.attempt }

    /// Creates a compiler.
    public init(templateSizeLimit: Int = LexCompiler.defaultTemplateSizeLimit) {
        self.templateSizeLimit = templateSizeLimit
    }

    /// The Lex export model of `bot`, without writing files: what the simulator runs when it tests
    /// a YAML bot in memory (the same model `compile` renders, so what ships is what is tested).
    public func export(_ bot: ValidatedBot) -> LexBotExport {
        LexExportBuilder().export(for: bot)
    }

    /// Compiles `bot`. Reports a `lex-template-too-large` warning when the template points at the
    /// zip in S3 instead of inlining the bot, and an error (returning `nil`) when the bot cannot be
    /// written at all.
    public func compile(_ bot: ValidatedBot, into bag: inout DiagnosticBag) -> CompiledBot? {
        compile(bot.definition, into: &bag)
    }

    func compile(_ definition: BotDefinition, into bag: inout DiagnosticBag) -> CompiledBot? {
        let export = LexExportBuilder().export(for: definition)
        let name = export.bot.name
        do {
            let encoded = try export.encoded()
            let tree = try encoded.renderFiles()
            var files: [String: Data] = [:]
            for (path, data) in tree { files["\(name)/\(path)"] = data }
            files["\(name).zip"] = try LexZipWriter.zip(tree)
            let usesHooks = definition.locales.contains { locale in
                locale.intents.contains { $0.usesDialogHook || $0.usesFulfillmentHook }
            }
            let builder = CloudFormationTemplate(export: export, encoded: encoded, usesCodeHooks: usesHooks)
            var template = builder.template(source: .inline).prettyPrintedData()
            let inlineSize = template.count
            if inlineSize > templateSizeLimit {
                template = builder.template(source: .s3(defaultKey: "\(name).zip")).prettyPrintedData()
                bag.warning(
                    .lexTemplateTooLarge,
                    "the CloudFormation template of bot '\(name)' would be \(inlineSize) bytes, over the limit of "
                        + "\(templateSizeLimit); \(name).template.json imports the bot from \(name).zip through "
                        + "BotFileS3Location instead (upload the zip and pass BotFileS3Bucket and BotFileS3Key)",
                    at: definition.name.span
                )
            }
            files["\(name).template.json"] = template
            return CompiledBot(name: name, export: export, files: files, inlinesBot: inlineSize <= templateSizeLimit)
        } catch let diagnostic as Diagnostic {
            var located = diagnostic
            located.span = located.span ?? definition.name.span
            located.message = "bot '\(name)' cannot be compiled: \(diagnostic.message)"
            bag.emit(located)
            return nil
        } catch {
            bag.error(.lexUnrenderable, "bot '\(name)' cannot be compiled: \(error)", at: definition.name.span)
            return nil
        }
    }
}

/// The outputs of one compiled bot.
public struct CompiledBot: Sendable {
    /// The bot's name, the stem of its output files.
    public let name: String
    /// The export model (what the simulator runs).
    public let export: LexBotExport
    /// Every output file, keyed by path relative to the output directory.
    public let files: [String: Data]
    /// False when the template imports the bot from the zip in S3 because it was too large.
    public let inlinesBot: Bool

    /// The path of the export tree's root (`MeetyBot`), relative to the output directory.
    public var treeRoot: String { name }
    /// The path of the zip (`MeetyBot.zip`).
    public var zipPath: String { "\(name).zip" }
    /// The path of the CloudFormation template (`MeetyBot.template.json`).
    public var templatePath: String { "\(name).template.json" }
}
