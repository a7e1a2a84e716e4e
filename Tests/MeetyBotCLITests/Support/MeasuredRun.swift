import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `meety-bot` as a child process and measures what it cost: CPU time from the
/// kernel's accounting of that one child (`wait4`), and peak resident memory.
///
/// `CLI.run` goes through Foundation's `Process`, which reaps the child itself and so cannot report
/// its resource use; hostile-input tests need exactly that. CPU time rather than wall time is the
/// budget, so a loaded machine does not fail the test; a wall-clock limit still kills a child that
/// hangs without using the CPU.
///
/// On Linux `ru_maxrss` cannot be used for the memory: a spawned child starts on (a copy of) the
/// test process's memory, and exec records that high-water mark as the child's, so every child of
/// a 1 GiB test process (AddressSanitizer) reports 1 GiB. The peak is instead read from
/// `/proc/PID/status` (`VmHWM`, the high-water mark of meety-bot's own memory since exec) every
/// 2 ms while it runs: it only grows, and memory takes time to fill, so a late sample is close to
/// the true peak. Elsewhere `ru_maxrss` is used.
enum MeasuredRun {
    /// What one run produced and cost.
    struct Result: Sendable {
        /// The exit code, or `nil` when the child was killed by a signal (or by the wall-clock limit).
        var status: Int32?
        /// Everything written to standard error.
        var stderr: String
        /// User plus system CPU time.
        var cpu: Duration
        /// Peak resident memory, in bytes.
        var peakMemory: Int
        /// Whether the wall-clock limit was reached and the child killed.
        var timedOut: Bool
    }

    /// Why the child could not be started.
    struct SpawnError: Error, CustomStringConvertible {
        /// The `posix_spawn` error number.
        var code: Int32
        /// The message.
        var description: String { "posix_spawn failed: \(String(cString: strerror(code)))" }
    }

    /// Runs `meety-bot arguments...` in `directory` with standard input from `/dev/null`,
    /// standard output discarded and `NO_COLOR=1`, killing it after `wallLimit`.
    static func run(_ arguments: [String], in directory: URL, wallLimit: Duration) async throws -> Result {
        let executable = try CLI.executable().path
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("meety-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errURL) }
        let pid = try spawn(executable, arguments, in: directory.path, stderr: errURL.path)
        let clock = ContinuousClock()
        let deadline = clock.now + wallLimit
        var usage = rusage()
        var status: Int32 = 0
        var timedOut = false
        var sampledPeak: Int?
        while true {
            if let sample = highWaterMark(of: pid, named: URL(fileURLWithPath: executable).lastPathComponent) {
                sampledPeak = max(sampledPeak ?? 0, sample)
            }
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { throw SpawnError(code: errno) }
            if !timedOut && clock.now > deadline {
                kill(pid, SIGKILL)
                timedOut = true
            }
            try? await Task.sleep(for: .milliseconds(2))
        }
        let exited = status & 0x7F == 0
        #if os(Linux)
            let peak = sampledPeak ?? 0
        #else
            let peak = peakBytes(usage)
        #endif
        return Result(
            status: exited ? (status >> 8) & 0xFF : nil,
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
            cpu: duration(usage.ru_utime) + duration(usage.ru_stime),
            peakMemory: peak,
            timedOut: timedOut
        )
    }

    /// `VmHWM` of `pid` in bytes, once it runs `name` (not while it is still the shell), on Linux.
    private static func highWaterMark(of pid: pid_t, named name: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/status") else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.contains(where: { $0.hasPrefix("Name:") && $0.hasSuffix(String(name.prefix(15))) }),
            let line = lines.first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1024
    }

    private static func spawn(_ path: String, _ arguments: [String], in directory: String, stderr: String) throws
        -> pid_t
    {
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // The shell changes directory and then becomes meety-bot (exec), so the measured process is
        // meety-bot itself; posix_spawn_file_actions_addchdir_np is not in every C library overlay.
        let shell = ["/bin/sh", "-c", "cd \"$1\" && shift && exec \"$@\"", "sh", directory, path]
        let argv = (shell + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        guard code == 0 else { throw SpawnError(code: code) }
        return pid
    }

    private static func duration(_ time: timeval) -> Duration {
        .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec))
    }

    /// `ru_maxrss` is in kilobytes on Linux and in bytes on Darwin.
    private static func peakBytes(_ usage: rusage) -> Int {
        #if canImport(Darwin)
            Int(usage.ru_maxrss)
        #else
            Int(usage.ru_maxrss) * 1024
        #endif
    }
}
