import ArgumentParser
import FormatSchemas

/// `meety-bot schema bot|conversation`: prints the JSON Schema of a YAML format, the same text as
/// `schemas/<format>.schema.json`, for editors with a YAML language server (docs/schemas.md).
struct SchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the bot or the conversation format (for editors).",
        discussion: "Save it next to your files and name it in their first line: # yaml-language-server: $schema=PATH"
    )

    @Argument(help: "bot or conversation.")
    var format: FormatSchemas.Format

    func run() async throws {
        Console.standard.write(FormatSchemas.schema(format).text)
    }
}

extension FormatSchemas.Format: ExpressibleByArgument {}
