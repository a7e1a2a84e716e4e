import ArgumentParser

/// `meety-bot diagnostics`: list every diagnostic code with what it means.
struct DiagnosticsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnostics",
        abstract: "List every diagnostic code and what it reports."
    )

    @Flag(help: "Print the Markdown reference (docs/diagnostics.md).")
    var markdown = false

    func run() async throws {
        Console.standard.write(markdown ? DiagnosticCatalog.markdown() : DiagnosticCatalog.plainText())
    }
}
