import ArgumentParser
import BotModel
import MeetyDiagnostics

/// `meety-bot validate`: check bot files and print diagnostics, writing nothing.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check bot definitions and print diagnostics (no output files)."
    )

    @Argument(help: "Bot files or folders to check (default: every .yaml file in bots/).")
    var bots: [String] = []

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "Check that a Lex export (directory or zip) or a CloudFormation template with an AWS::Lex::Bot reads "
                + "as test --lex reads it, instead of bot files.",
            valueName: "dir|zip|template"))
    var lex: String?

    func validate() throws {
        if lex != nil, !bots.isEmpty { throw ValidationError("use either bot files or --lex, not both") }
    }

    func run() async throws {
        var bag = DiagnosticBag()
        if let lex {
            try validateExport(lex)
            return
        }
        var valid = 0
        let files = InputFiles.botFiles(bots, into: &bag)
        for file in files {
            guard let bytes = InputFiles.read(file, into: &bag) else { continue }
            if BotLoader().load(bytes, file: file, strict: strict, into: &bag) != nil { valid += 1 }
        }
        Console.standard.report(bag.diagnostics)
        Console.standard.out("\(valid) of \(files.count) bot file\(files.count == 1 ? "" : "s") valid")
        if bag.hasErrors { throw ExitCode.failure }
    }

    /// `--lex`: reads the export or template as `test --lex` does and reports what the reader found.
    private func validateExport(_ path: String) throws {
        var bag = DiagnosticBag()
        let loaded = BotSources.load(path, into: &bag)
        Console.standard.report(bag.diagnostics)
        let failed = bag.hasErrors || (strict && bag.diagnostics.contains { $0.severity == .warning })
        if let loaded, !failed {
            let export = loaded.export
            let intents = export.locales.reduce(0) { $0 + $1.intents.count }
            Console.standard.out(
                "\(path): bot \(export.bot.name) reads as \(loaded.kind == .template ? "a template" : "an export") "
                    + "with \(intents) intent\(intents == 1 ? "" : "s") in \(export.locales.count) locale\(export.locales.count == 1 ? "" : "s")"
            )
        } else {
            Console.standard.out("\(path): not valid")
        }
        if failed { throw ExitCode.failure }
    }
}
