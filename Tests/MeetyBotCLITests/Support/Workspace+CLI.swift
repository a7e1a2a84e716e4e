import MeetyTestSupport

extension Workspace {
    /// Runs `meety-bot arguments...` in the workspace.
    func run(_ arguments: String..., input: String? = nil) async throws -> CLI.Result {
        try await CLI.run(arguments, in: root, input: input)
    }
}
