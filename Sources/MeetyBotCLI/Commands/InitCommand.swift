import ArgumentParser
import ConversationRunner
import Foundation
import MeetyDiagnostics

/// `meety-bot init`: a new project in a folder — a bot, two scripts, a README and a CI workflow — whose
/// gate (`compile`, `test`) passes at once. Never overwrites: when any of its files exists, nothing is
/// written and the command exits 1 naming them.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new bot project: a bot, two conversation scripts, a README and a CI workflow."
    )

    @Argument(help: "The project folder (default: the current folder); created if missing.")
    var directory: String = "."

    @Option(help: "The bot's name (default: from the folder's name, else MyBot).")
    var name: String?

    func validate() throws {
        if let name, !ProjectScaffold.isValidBotName(name) {
            throw ValidationError(
                "--name must be a Lex bot name: letters and digits, single '_' or '-' between them, up to 100")
        }
    }

    func run() async throws {
        let console = Console.standard
        let scaffold = ProjectScaffold(botName: name ?? Self.defaultName(for: directory))
        let existing = scaffold.files.map { directory + "/" + $0.path }.filter {
            FileManager.default.fileExists(atPath: $0)
        }
        guard existing.isEmpty else {
            console.err(
                "error: init writes nothing over existing files, and these exist: \(existing.joined(separator: ", "))\n"
            )
            throw ExitCode.failure
        }
        var bag = DiagnosticBag()
        for file in scaffold.files {
            OutputFiles.write(Data(file.text.utf8), to: directory + "/" + file.path, into: &bag)
        }
        console.report(bag.diagnostics)
        if bag.hasErrors { throw ExitCode.failure }
        console.out("created bot \(scaffold.botName) in \(directory):")
        for file in scaffold.files { console.out("  \(file.path)") }
        let cd = directory == "." ? "" : "cd \(directory) && "
        console.out("next: \(cd)meety-bot test conversations/ && meety-bot compile")
    }

    /// The folder's name as a Lex bot name (`my-shop` → `MyShop`), or `MyBot`.
    static func defaultName(for directory: String) -> String {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        let words = folder.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        let candidate = joined.first?.isLetter == true ? String(joined.prefix(100)) : ""
        return ProjectScaffold.isValidBotName(candidate) ? candidate : "MyBot"
    }
}
