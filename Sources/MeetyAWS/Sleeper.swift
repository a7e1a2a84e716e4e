/// How a retry waits.
///
/// Injected so tests can record the backoff schedule instead of waiting for it.
public protocol Sleeper: Sendable {
    /// Waits `duration`; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws
}
