import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every worker process group this process started and has not reaped yet, so that none outlives
/// the host: on SIGINT, SIGTERM or SIGHUP of the parent, every group is killed before the parent
/// ends with the same signal.
///
/// Workers run in process groups of their own (so the host can end a runtime with its children),
/// which also means a terminal's Ctrl-C no longer reaches them by itself: this registry forwards
/// it. A parent killed with SIGKILL cannot forward anything; its runtimes then lose their Runtime
/// API connection and exit on the failed `/next` (awslambdaric, the Node client and
/// meety-lex-lambda all do).
public final class ChildProcessRegistry: Sendable {
    /// The registry of this process.
    public static let shared = ChildProcessRegistry()

    private struct State {
        var groups: Set<pid_t> = []
        var sources: [any DispatchSourceSignal] = []
        /// Set once a forwarded signal is ending the process: a group started after that is killed
        /// at once, so no worker spawned in the last moment outlives the parent.
        var ending = false
    }

    private let state = Mutex(State())

    private init() {}

    /// The process groups alive now.
    public var liveGroups: Set<pid_t> { state.withLock { $0.groups } }

    func register(_ group: pid_t) {
        let ending = state.withLock { state in
            state.groups.insert(group)
            return state.ending
        }
        if ending { kill(-group, SIGKILL) }
    }

    func unregister(_ group: pid_t) {
        state.withLock { _ = $0.groups.remove(group) }
    }

    /// Kills every registered group at once (SIGKILL).
    public func killAll() {
        for group in liveGroups { kill(-group, SIGKILL) }
    }

    /// Ends this process with `number` as if it had not been caught. The handler runs on a dispatch
    /// thread, and libdispatch receives signals through a signalfd with the signal blocked in its
    /// threads: `raise` alone leaves the signal pending there and the process runs on, so the signal
    /// is unblocked in this thread first.
    private static func endProcess(with number: Int32) -> Never {
        signal(number, SIG_DFL)
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, number)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        raise(number)
        // Not reached when the signal ends the process; the shell's convention otherwise.
        _exit(128 + number)
    }

    /// Installs the SIGINT, SIGTERM and SIGHUP forwarding once per process (idempotent). After
    /// killing the groups it restores the default action and raises the signal again, so the
    /// parent ends as it would have without the host.
    public func installSignalForwarding() {
        state.withLock { state in
            guard state.sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [self] in
                    self.state.withLock { $0.ending = true }
                    killAll()
                    Self.endProcess(with: number)
                }
                source.resume()
                state.sources.append(source)
            }
        }
    }
}
