#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures how long an executable takes from spawn to exit (`meety-bot --version`): the cost a
/// user pays on every invocation before any work starts.
public struct StartupBenchmark: Sendable {
    /// The executable.
    public let executable: String
    /// Its arguments.
    public let arguments: [String]
    /// How many runs; the median is reported.
    public let runs: Int

    /// Creates the benchmark.
    public init(executable: String, arguments: [String] = ["--version"], runs: Int = 30) {
        self.executable = executable
        self.arguments = arguments
        self.runs = max(1, runs)
    }

    /// Spawns the executable `runs` times (after one warm-up run) with output discarded.
    public func run() throws -> StartupFigures {
        _ = try spawnAndWait()
        var times: [Double] = []
        for _ in 0..<runs { times.append(try spawnAndWait().milliseconds) }
        return StartupFigures(
            command: ([executable] + arguments).joined(separator: " "),
            runs: runs,
            medianMs: Percentiles.median(times),
            minMs: times.min() ?? 0
        )
    }

    /// One spawn of the executable with standard output and error on /dev/null; throws when it
    /// cannot start or exits unsuccessfully.
    private func spawnAndWait() throws -> Duration {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid = pid_t()
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchmarkError("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let elapsed = ContinuousClock.now - start
        guard status == 0 else { throw BenchmarkError("\(executable) \(arguments.joined(separator: " ")) failed") }
        return elapsed
    }
}
