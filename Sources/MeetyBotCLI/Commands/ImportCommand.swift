import ArgumentParser
import BotDiff
import BotImport
import BotModel
import Foundation
import LexCompiler
import MeetyDiagnostics

/// `meety-bot import`: a bot file in meety-bot's format from a console export (folder or zip) or a
/// CloudFormation/SAM template with an inline `AWS::Lex::Bot`, so a bot built elsewhere comes under
/// version control. What the format cannot express is a warning at its place in the source; the
/// written file is then validated and compiled, and any element that would still come out
/// different from the source is reported too.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a bot YAML file from a Lex export (folder or zip) or a CloudFormation template.",
        discussion: "SOURCE may also be REV:PATH, read from git. Exit 1 when the written bot does not validate."
    )

    @Argument(help: "The export folder or zip, or the template (YAML or JSON).")
    var source: String

    @Option(help: ArgumentHelp("Write the bot file here (default: standard output).", valueName: "file"))
    var out: String?

    @Option(
        help: ArgumentHelp("The logical id of the AWS::Lex::Bot to read, for a template with several.", valueName: "id")
    )
    var resource: String?

    func run() async throws {
        let console = Console.standard
        var bag = DiagnosticBag()
        guard let loaded = BotSources.load(source, resource: resource, into: &bag) else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        guard loaded.kind != .yaml else {
            bag.error(
                .unreadableFile, "'\(source)' is already a bot file in meety-bot's format; nothing to import",
                at: .startOf(source))
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        let yaml = BotImporter().yaml(for: loaded.export, source: source, sources: loaded.sources, into: &bag)
        let target = out ?? "<imported>"
        if let out { OutputFiles.write(Data(yaml.utf8), to: out, into: &bag) } else { console.write(yaml) }
        if let validated = BotLoader().load(yaml, file: target, into: &bag) {
            let roundTrip = BotDiff(
                old: BotElements.extract(loaded.export),
                new: BotElements.extract(
                    LexCompiler().export(validated), locator: ElementLocator(definition: validated.definition)))
            for change in roundTrip.changes {
                bag.warning(
                    .importNotExpressible,
                    "\(change.element.label) compiles differently from the source: \(Self.describe(change))",
                    at: change.new?.span ?? .startOf(target))
            }
        }
        console.report(bag.diagnostics)
        if out != nil {
            let warnings = bag.diagnostics.filter { $0.severity == .warning }.count
            console.err(
                "imported bot \(loaded.export.bot.name) from \(source) to \(target) (\(warnings) warning\(warnings == 1 ? "" : "s"))\n"
            )
        }
        if bag.hasErrors { throw ExitCode.failure }
    }

    private static func describe(_ change: BotChange) -> String {
        switch change {
        case .added(let element): "added as '\(element.value)'"
        case .removed(let element): "'\(element.value)' is missing"
        case .changed(let old, let new): "'\(old.value)' becomes '\(new.value)'"
        }
    }
}
