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
    }

    private let state = Mutex(State())

    private init() {}

    /// The process groups alive now.
    public var liveGroups: Set<pid_t> { state.withLock { $0.groups } }

    func register(_ group: pid_t) {
        state.withLock { _ = $0.groups.insert(group) }
    }

    func unregister(_ group: pid_t) {
        state.withLock { _ = $0.groups.remove(group) }
    }

    /// Kills every registered group at once (SIGKILL).
    public func killAll() {
        for group in liveGroups { kill(-group, SIGKILL) }
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
                    killAll()
                    signal(number, SIG_DFL)
                    raise(number)
                }
                source.resume()
                state.sources.append(source)
            }
        }
    }
}
