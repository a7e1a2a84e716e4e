import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Process {
    /// Starts the process and suspends until it exits, without holding a thread while it runs
    /// (`waitUntilExit` would block one of the few threads the parallel tests share).
    ///
    /// With a `limit`, a process still running after it is killed (SIGKILL), so a command that hangs
    /// fails its test instead of stalling the suite; the result says whether that happened.
    @discardableResult
    public func runUntilExit(limit: Duration? = nil) async throws -> Bool {
        let watchdog = Watchdog()
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            terminationHandler = { _ in
                watchdog.exited()
                continuation.resume()
            }
            do {
                try run()
            } catch {
                terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            guard let limit else { return }
            let pid = processIdentifier
            let milliseconds = Int(
                limit.components.seconds * 1000 + limit.components.attoseconds / 1_000_000_000_000_000)
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds)) {
                watchdog.killUnlessExited(pid)
            }
        }
        return watchdog.fired
    }
}

/// The kill timer of one `runUntilExit(limit:)`: it kills only a process that has not exited, so
/// a process id the system has given to another process since is never signalled.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var hasExited = false
    private var hasFired = false

    /// Whether the process was killed.
    var fired: Bool { lock.withLock { hasFired } }

    func exited() {
        lock.withLock { hasExited = true }
    }

    func killUnlessExited(_ pid: pid_t) {
        lock.withLock {
            guard !hasExited else { return }
            hasFired = true
            kill(pid, SIGKILL)
        }
    }
}
