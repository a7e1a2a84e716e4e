/// Everything the host needs to run one foreign code hook the way Lambda would: the kind, the
/// function's settings (name, memory, region, timeout), the environment and the lifecycle.
public struct FunctionConfiguration: Sendable {
    /// What runs the hook.
    public var kind: FunctionKind
    /// The worker's working directory and `LAMBDA_TASK_ROOT`; nil means the folder of the hook's
    /// file (awslambdaric imports the handler from the working directory).
    public var workingDirectory: String?
    /// `AWS_LAMBDA_FUNCTION_NAME`, also the last part of the invoked function's ARN.
    public var functionName: String
    /// `AWS_LAMBDA_FUNCTION_MEMORY_SIZE` in MB (informational: the host sets no memory limit).
    public var memoryMB: Int
    /// `AWS_REGION` and `AWS_DEFAULT_REGION`, and the region in the function's ARN.
    public var region: String
    /// The account id in the function's ARN.
    public var accountID: String
    /// The function timeout: an invocation still running after it fails, and its worker is killed.
    public var timeout: Duration
    /// `TZ` for the worker. The script's `now` is taken as a local time in this zone.
    public var timeZone: String
    /// Extra environment values (`--hook-env KEY=VALUE`); they override every other value.
    public var extraEnvironment: [String: String]
    /// Whether the caller's AWS credential variables (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
    /// `AWS_SESSION_TOKEN`, `AWS_PROFILE`, ...) are passed to the worker, as Lambda passes its role's keys.
    public var passesCredentials: Bool
    /// Whether every script gets a new worker (a cold start per script) instead of a warm one.
    public var freshWorkerPerScript: Bool
    /// How the hook's clock is set to the script's `now`.
    public var clock: HookClockSetting
    /// The host process's environment: `PATH` and `HOME` for finding interpreters, and the credential
    /// variables. Injected so that the library reads no global state; the CLI passes its own.
    public var hostEnvironment: [String: String]
    /// The Python interpreter (name looked up in `PATH`, or a path).
    public var pythonExecutable: String
    /// The Node.js executable (name looked up in `PATH`, or a path).
    public var nodeExecutable: String

    /// Creates a configuration with Lambda's defaults: 128 MB, `us-east-1`, a 3 s timeout (Lambda's
    /// default), `TZ=UTC`, the script's clock faked when libfaketime is installed.
    public init(
        kind: FunctionKind,
        workingDirectory: String? = nil,
        functionName: String = "meety-code-hook",
        memoryMB: Int = 128,
        region: String = "us-east-1",
        accountID: String = "123456789012",
        timeout: Duration = .seconds(3),
        timeZone: String = "UTC",
        extraEnvironment: [String: String] = [:],
        passesCredentials: Bool = true,
        freshWorkerPerScript: Bool = false,
        clock: HookClockSetting = .automatic,
        hostEnvironment: [String: String] = [:],
        pythonExecutable: String = "python3",
        nodeExecutable: String = "node"
    ) {
        self.kind = kind
        self.workingDirectory = workingDirectory
        self.functionName = functionName
        self.memoryMB = memoryMB
        self.region = region
        self.accountID = accountID
        self.timeout = timeout
        self.timeZone = timeZone
        self.extraEnvironment = extraEnvironment
        self.passesCredentials = passesCredentials
        self.freshWorkerPerScript = freshWorkerPerScript
        self.clock = clock
        self.hostEnvironment = hostEnvironment
        self.pythonExecutable = pythonExecutable
        self.nodeExecutable = nodeExecutable
    }

    /// The ARN sent as `Lambda-Runtime-Invoked-Function-Arn` (Node's runtime client requires it).
    public var invokedFunctionARN: String {
        "arn:aws:lambda:\(region):\(accountID):function:\(functionName)"
    }

    /// The working directory actually used: the configured one, else the hook file's folder.
    public var effectiveWorkingDirectory: String {
        workingDirectory ?? kind.codeFolder ?? "."
    }

    /// The timeout in seconds, as Lambda states it ("timed out after 3.00 seconds").
    public var timeoutSeconds: Double {
        let parts = timeout.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// The credential variables passed through when `passesCredentials` is set.
    public static let credentialVariables = [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
        "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE",
    ]
}
