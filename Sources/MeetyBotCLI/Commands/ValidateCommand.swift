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

    func run() async throws {
        var bag = DiagnosticBag()
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
}
