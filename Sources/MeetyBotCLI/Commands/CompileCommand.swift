import ArgumentParser
import Foundation
import LexCompiler
import MeetyDiagnostics

/// `meety-bot compile`: bot YAML → Lex V2 export tree, zip and CloudFormation template.
///
/// Everything is compiled in memory first; nothing is written unless every bot compiles, so a
/// failed run never leaves half an output tree. The output directory belongs to the compiler:
/// files it no longer produces are removed (or, with `--check`, reported).
struct CompileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile bot definitions to Lex V2 JSON, a zip and a CloudFormation template."
    )

    @Argument(help: "Bot files or folders to compile (default: every .yaml file in bots/).")
    var bots: [String] = []

    @Option(help: "The output directory.")
    var out = "build/lex"

    @Flag(help: "Compare with the output on disk instead of writing; exit 1 when it is stale.")
    var check = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() async throws {
        let console = Console.standard
        var bag = DiagnosticBag()
        let sources = InputFiles.botFiles(bots, into: &bag).compactMap { file in
            InputFiles.read(file, into: &bag).map { (path: file, bytes: $0) }
        }
        let compilation = BotSetCompilation(sources: sources, strict: strict, outputDirectory: out, into: &bag)
        let expected = compilation.files
        guard !bag.hasErrors else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        console.report(bag.diagnostics)
        let onDisk = OutputTree.read(out)
        let comparison = CompiledOutputCheck.compare(expected: expected, onDisk: onDisk, present: Set(onDisk.keys))
        if check {
            try report(comparison, compiled: compilation.entries, console: console)
            return
        }
        var writeBag = DiagnosticBag()
        for path in comparison.changed + comparison.missing {
            OutputFiles.write(expected[path]!, to: "\(out)/\(path)", into: &writeBag)
        }
        OutputTree.remove(comparison.orphaned, under: out)
        console.report(writeBag.diagnostics)
        for bot in compilation.entries {
            console.out("compiled \(bot.name) (\(bot.file)): \(bot.fileCount) files")
        }
        let written = comparison.changed.count + comparison.missing.count
        console.out(
            "\(out): \(written) written, \(comparison.orphaned.count) removed, \(expected.count - written) unchanged"
        )
        if writeBag.hasErrors { throw ExitCode.failure }
    }

    private func report(
        _ comparison: CompiledOutputCheck, compiled: [BotSetCompilation.Entry], console: Console
    ) throws {
        guard !comparison.isUpToDate else {
            console.out("\(out) is up to date (\(compiled.count) bot\(compiled.count == 1 ? "" : "s"))")
            return
        }
        for path in comparison.changed { console.out("stale:    \(out)/\(path)") }
        for path in comparison.missing { console.out("missing:  \(out)/\(path)") }
        for path in comparison.orphaned { console.out("orphaned: \(out)/\(path)") }
        let count = comparison.changed.count + comparison.missing.count + comparison.orphaned.count
        console.err(
            "error: \(count) file\(count == 1 ? "" : "s") in \(out) differ from the compiled bots; run 'meety-bot compile'\n"
        )
        throw ExitCode.failure
    }
}
