import BotModel
import ConversationRunner

/// The factory the command line gives `CodeHookCatalog` for hooks that run in their own process.
public enum ForeignHooks {
    /// Makes a `FunctionHookSpec` for each foreign spec, with the run's settings.
    public static func factory(_ settings: ForeignHookSettings) -> CodeHookCatalog.ForeignFactory {
        { text, spec, baseDirectory, environment in
            try FunctionHookSpec(
                name: text, spec: spec, baseDirectory: baseDirectory, environment: environment,
                settings: settings)
        }
    }
}
