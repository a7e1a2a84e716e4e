import ArgumentParser

/// The `meety-bot` command: compile, validate and test Amazon Lex V2 bots written as YAML.
///
/// A library type so tests can run commands in process; the executable only calls `main()`.
public struct MeetyBotCommand: AsyncParsableCommand {
    /// The tool's version, printed by `--version`.
    public static let version = "0.1.0"

    /// The command tree.
    public static let configuration = CommandConfiguration(
        commandName: "meety-bot",
        abstract: "Compile Amazon Lex V2 bots from YAML and test their conversations offline.",
        discussion: """
            Exit codes: 0 success; 1 findings (invalid bot, failed conversation, stale output, \
            unreadable input); 64 command-line misuse.
            """,
        version: version,
        subcommands: [
            InitCommand.self, CompileCommand.self, ValidateCommand.self, TestCommand.self, ChatCommand.self,
            ServeCommand.self, DiffCommand.self, ImportCommand.self, SchemaCommand.self,
            DiagnosticsCommand.self,
        ]
    )

    /// Creates the command (ArgumentParser requirement).
    public init() {}
}
