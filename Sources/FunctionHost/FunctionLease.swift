import CodeHooks
import Foundation
import LexFacts
import Synchronization

/// One script's hold on a worker: every turn of the script invokes the same warm runtime. Give it
/// back with `release()` when the script ends.
public final class FunctionLease: Sendable {
    private let worker: any FunctionWorker
    private let pool: FunctionPool
    private let requestIDs: any RequestIDGenerator
    private let released = Mutex(false)

    init(worker: any FunctionWorker, pool: FunctionPool, requestIDs: any RequestIDGenerator) {
        self.worker = worker
        self.pool = pool
        self.requestIDs = requestIDs
    }

    /// Runs one event with the hook's clock set to `now` (the script's local time). Never throws:
    /// a fault is in the result, with the output the hook printed.
    public func invoke(_ event: Data, now: LocalDateTime) async -> FunctionInvocation {
        let requestID = requestIDs.next()
        guard !released.withLock({ $0 }) else {
            return FunctionInvocation(requestID: requestID, result: .failure(.hostShutDown), log: "", duration: .zero)
        }
        return await worker.invoke(event, now: now, requestID: requestID)
    }

    /// Gives the worker back to the pool (once; later calls do nothing).
    public func release() async {
        let first = released.withLock { wasReleased -> Bool in
            defer { wasReleased = true }
            return !wasReleased
        }
        if first { await pool.giveBack(worker) }
    }
}
