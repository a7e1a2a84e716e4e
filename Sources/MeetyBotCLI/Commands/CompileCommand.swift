import ArgumentParser

/// `meety-bot compile`: bot YAML → Lex V2 export tree, zip and CloudFormation template.
struct CompileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile bot definitions to Lex V2 JSON, a zip and a CloudFormation template."
    )

    @Argument(help: "Bot files to compile (default: every .yaml file in bots/).")
    var bots: [String] = []

    @Option(help: "The output directory.")
    var out = "build/lex"

    @Flag(help: "Compare with the output on disk instead of writing; exit 1 when it is stale.")
    var check = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() async throws {
        throw ExitCode.failure
    }
}
