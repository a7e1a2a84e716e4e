import FunctionHost

/// The run-wide settings of hooks that run in their own process: what the command line says once for
/// every such hook (`--timeout`, `--hook-env`, `--fresh-hook`, `--jobs`) and the host's environment.
public struct ForeignHookSettings: Sendable {
    /// How long one invocation may run before its worker is stopped.
    public var timeout: Duration
    /// Extra environment values (`--hook-env`); they override a bot file's `codeHook.env`.
    public var environment: [String: String]
    /// Whether each script gets a new worker (`--fresh-hook`) instead of a warm one.
    public var freshWorkerPerScript: Bool
    /// The most workers a hook runs at once: one per job.
    public var maximumWorkers: Int
    /// The environment of the host process (PATH, HOME and the caller's AWS credentials).
    public var hostEnvironment: [String: String]
    /// The folder relative paths are resolved against when the spec does not say (the working directory).
    public var currentDirectory: String
    /// How the hook sees the script's clock.
    public var clock: HookClockSetting
    /// Whether the hook's pools kill their workers and end the process on SIGINT, SIGTERM and SIGHUP.
    /// A host that handles those signals itself and shuts the hooks down (`meety-bot serve`) says no.
    public var forwardsSignals: Bool

    /// Creates settings.
    public init(
        timeout: Duration, environment: [String: String] = [:], freshWorkerPerScript: Bool = false,
        maximumWorkers: Int, hostEnvironment: [String: String], currentDirectory: String,
        clock: HookClockSetting = .automatic, forwardsSignals: Bool = true
    ) {
        self.timeout = timeout
        self.environment = environment
        self.freshWorkerPerScript = freshWorkerPerScript
        self.maximumWorkers = max(1, maximumWorkers)
        self.hostEnvironment = hostEnvironment
        self.currentDirectory = currentDirectory
        self.clock = clock
        self.forwardsSignals = forwardsSignals
    }
}
