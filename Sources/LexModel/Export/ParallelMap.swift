import Dispatch
import Foundation

/// Maps independent work items on every core, keeping the results in input order.
///
/// A compiled bot is thousands of files that are printed and deflated independently of each
/// other; on a machine with several cores they are spread over all of them. The result is the same
/// as a sequential `map`: each item is computed alone and stored at its own index, so the output
/// does not depend on scheduling. Small inputs (`minimumWork` cost units or less) stay on the
/// calling thread, where starting workers would cost more than it saves.
enum ParallelMap {
    /// The number of workers: the active cores, at most 8.
    static let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))

    /// `(0..<count).map(transform)`, computed on up to `workers` threads. Each worker gets its own
    /// `State` from `makeState` (scratch memory reused across its items); `cost` estimates the
    /// total work, so small inputs run sequentially.
    static func map<State, Result>(
        count: Int,
        cost: Int,
        minimumWork: Int = 1 << 20,
        makeState: @Sendable () -> State,
        transform: @Sendable (inout State, Int) -> Result
    ) -> [Result] {
        let workerCount = cost > minimumWork ? min(workers, count) : 1
        guard workerCount > 1 else {
            var state = makeState()
            return (0..<count).map { transform(&state, $0) }
        }
        var results = [Result?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = ResultSlots(buffer: buffer)
            // Items are dealt out round-robin, so each worker gets a similar mix of sizes.
            DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
                var state = makeState()
                var index = worker
                while index < count {
                    slots.buffer[index] = transform(&state, index)
                    index += workerCount
                }
            }
        }
        return results.map { $0! }
    }

    /// `map`, also returning the workers' states: item `i` was computed with state
    /// `states[i % states.count]` (one state when the work ran on the calling thread).
    static func mapWithStates<State: Sendable, Result>(
        count: Int,
        cost: Int,
        minimumWork: Int = 1 << 20,
        makeState: @Sendable () -> State,
        transform: @Sendable (inout State, Int) -> Result
    ) -> (results: [Result], states: [State]) {
        let workerCount = cost > minimumWork ? max(1, min(workers, count)) : 1
        guard workerCount > 1 else {
            var state = makeState()
            let results = (0..<count).map { transform(&state, $0) }
            return (results, [state])
        }
        var results = [Result?](repeating: nil, count: count)
        var states = [State?](repeating: nil, count: workerCount)
        results.withUnsafeMutableBufferPointer { resultBuffer in
            states.withUnsafeMutableBufferPointer { stateBuffer in
                let slots = ResultSlots(buffer: resultBuffer)
                let stateSlots = ResultSlots(buffer: stateBuffer)
                DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
                    var state = makeState()
                    var index = worker
                    while index < count {
                        slots.buffer[index] = transform(&state, index)
                        index += workerCount
                    }
                    stateSlots.buffer[worker] = state
                }
            }
        }
        return (results.map { $0! }, states.map { $0! })
    }

    /// The result buffer shared by the workers; each writes only its own indexes.
    private struct ResultSlots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result?>
    }
}
