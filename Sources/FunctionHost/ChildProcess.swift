import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A worker process in a process group of its own, started with `posix_spawn`: stdin from
/// `/dev/null`, stdout and stderr into an `OutputCollector`, default signal dispositions.
///
/// The group lets the host end the runtime together with anything it started (a shell `bootstrap`
/// and its interpreter). A thread waits for the leader; when it exits, the rest of its group is
/// killed before the leader is reaped, so the group id cannot have been reused.
final class ChildProcess: Sendable {
    /// The process id, also its process group id.
    let pid: pid_t
    /// The worker's output.
    let output: OutputCollector
    private let exitState = Mutex<ExitState>(ExitState())

    private struct ExitState {
        var exit: ProcessExit?
        var waiters: [Int: @Sendable (ProcessExit) -> Void] = [:]
        var nextToken = 0
    }

    private init(pid: pid_t, output: OutputCollector) {
        self.pid = pid
        self.output = output
    }

    /// Starts `executable` (an absolute path) with exactly `arguments` (the first is argv[0]) and
    /// `environment`, in `workingDirectory`.
    static func spawn(
        executable: String, arguments: [String], environment: [String: String], workingDirectory: String
    ) throws(SpawnError) -> ChildProcess {
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard SpawnChdir.makePipe(&outPipe) else { throw SpawnError(executable: executable, errno: errno) }
        guard SpawnChdir.makePipe(&errPipe) else {
            close(outPipe[0])
            close(outPipe[1])
            throw SpawnError(executable: executable, errno: errno)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        guard let changeDirectory = SpawnChdir.function else {
            throw SpawnError(executable: executable, errno: ENOSYS)
        }
        _ = changeDirectory(&actions, workingDirectory)
        // Descriptors the host opened without close-on-exec (by other libraries) stay out of the worker.
        _ = SpawnChdir.closeFrom?(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGUSR1, SIGUSR2] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] =
            environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid = pid_t()
        var status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        // A script written a moment ago may still be open for writing in a child another thread is
        // forking (ETXTBSY); that passes as soon as the child execs.
        for _ in 0..<20 where status == ETXTBSY {
            usleep(10_000)
            status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        }
        close(outPipe[1])
        close(errPipe[1])
        guard status == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            throw SpawnError(executable: executable, errno: status)
        }
        ChildProcessRegistry.shared.register(pid)
        let process = ChildProcess(pid: pid, output: OutputCollector(stdoutFD: outPipe[0], stderrFD: errPipe[0]))
        let thread = Thread { [process] in process.waitForLeader() }
        thread.name = "meety-hook-wait"
        thread.start()
        return process
    }

    /// How it ended, once it has.
    var exit: ProcessExit? { exitState.withLock { $0.exit } }

    /// Calls `observer` once with the exit, immediately if the process has already ended; returns
    /// a token for `removeExitObserver` (a warm worker registers one per invocation).
    @discardableResult
    func onExit(_ observer: @escaping @Sendable (ProcessExit) -> Void) -> Int {
        let (ended, token): (ProcessExit?, Int) = exitState.withLock { state in
            state.nextToken += 1
            if state.exit == nil { state.waiters[state.nextToken] = observer }
            return (state.exit, state.nextToken)
        }
        if let ended { observer(ended) }
        return token
    }

    /// Drops an observer that is no longer needed.
    func removeExitObserver(_ token: Int) {
        exitState.withLock { _ = $0.waiters.removeValue(forKey: token) }
    }

    /// Waits until the process has ended.
    func waitForExit() async -> ProcessExit {
        await withCheckedContinuation { continuation in
            onExit { continuation.resume(returning: $0) }
        }
    }

    /// Sends `signal` to the whole process group.
    func signalGroup(_ signal: Int32) {
        guard exit == nil else { return }
        kill(-pid, signal)
    }

    /// Ends the group: SIGTERM, then SIGKILL after `grace`; returns once the leader is reaped.
    func terminate(grace: Duration = .milliseconds(200)) async -> ProcessExit {
        if let exit { return exit }
        signalGroup(SIGTERM)
        let killer = Task {
            try await Task.sleep(for: grace)
            signalGroup(SIGKILL)
        }
        let result = await waitForExit()
        killer.cancel()
        return result
    }

    private func waitForLeader() {
        // Wait without reaping, so that the group id stays ours while the stragglers are killed.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0, errno == EINTR {}
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        ChildProcessRegistry.shared.unregister(pid)
        let low = status & 0x7f
        let ended: ProcessExit = low == 0 ? .exited((status >> 8) & 0xff) : .signaled(low)
        output.stop()
        let waiters = exitState.withLock { state in
            state.exit = ended
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters.values { waiter(ended) }
    }
}

/// A worker could not be started.
struct SpawnError: Error, CustomStringConvertible {
    let executable: String
    let errno: Int32
    var description: String { "cannot start \(executable): \(String(cString: strerror(errno)))" }
}

/// `posix_spawn_file_actions_addchdir_np` (glibc 2.29, macOS 10.15) and `pipe2`, looked up at run
/// time because the C module does not export these GNU functions.
private enum SpawnChdir {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34).
    static let closeFrom: CloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np").map {
        unsafeBitCast($0, to: CloseFrom.self)
    }

    /// A pipe whose ends close on exec, made atomically with `pipe2` where it exists, so that a
    /// worker spawned at the same moment cannot inherit another worker's pipe.
    static func makePipe(_ ends: inout [Int32]) -> Bool {
        if let pipe2 = pipe2Function {
            return ends.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) } == 0
        }
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private static let pipe2Function: Pipe2? = symbol("pipe2").map { unsafeBitCast($0, to: Pipe2.self) }

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        #if os(Linux)
            let everywhere: UnsafeMutableRawPointer? = nil  // RTLD_DEFAULT
        #else
            let everywhere = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
        #endif
        return dlsym(everywhere, name)
    }

    typealias Function =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) ->
        Int32
    static let function: Function? = symbol("posix_spawn_file_actions_addchdir_np").map {
        unsafeBitCast($0, to: Function.self)
    }
}
