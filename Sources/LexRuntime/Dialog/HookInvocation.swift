import CodeHooks

/// Calls a code hook with an optional time limit that holds even if the hook never returns.
///
/// A structured timeout (a task group racing a sleep) would wait for a hook that ignores
/// cancellation; here the hook runs in its own task and the caller resumes on whichever finishes
/// first (the hook or its deadline on `HookDeadlines`), so a hung hook costs a suspended task,
/// never a hung conversation.
enum HookInvocation {
    /// The hook did not answer within `limit`.
    struct TimedOut: Error {
        /// The limit that passed.
        let limit: Duration
    }

    /// Calls `hook` with `event`, failing with `TimedOut` after `timeout`.
    static func call(_ hook: any CodeHook, event: CodeHookEvent, timeout: Duration?) async throws -> CodeHookResponse {
        guard let timeout else { return try await hook.handle(event) }
        let resumed = OnceFlag()
        return try await withCheckedThrowingContinuation { continuation in
            let ticket = HookDeadlines.shared.schedule(after: timeout) {
                // The verdict is given on the task pool, behind the hook's own task: when the pool
                // was too busy to run the hook at all (a loaded machine, a sanitizer), a hook that
                // answers as soon as it runs still wins, and only one that keeps running times out
                // (lowest priority, so the verdict never overtakes the hook it judges).
                Task(priority: .background) {
                    guard resumed.claim() else { return }
                    continuation.resume(throwing: TimedOut(limit: timeout))
                }
            }
            Task {
                let result: Result<CodeHookResponse, any Error>
                do {
                    result = .success(try await hook.handle(event))
                } catch {
                    result = .failure(error)
                }
                HookDeadlines.shared.cancel(ticket)
                guard resumed.claim() else { return }
                continuation.resume(with: result)
            }
        }
    }
}

/// A flag that one caller can claim, once.
private final class OnceFlag: Sendable {
    private let state = LockedValue(false)

    /// Sets the flag; true for the first caller only.
    func claim() -> Bool {
        state.withLock { done in
            if done { return false }
            done = true
            return true
        }
    }
}
