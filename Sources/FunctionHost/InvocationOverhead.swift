import CodeHooks
import Foundation
import LexFacts

/// The host's per-call overhead on a warm worker: the time of `FunctionLease.invoke` minus the
/// handler's own time, for `meety-bench` and the project's figures.
///
/// The handler reports its own time as a `selfNanoseconds` number in its JSON response (the
/// fixture `bench.py` measures its body with `time.perf_counter_ns`); without it the whole call
/// counts as overhead.
public struct InvocationOverhead: Sendable {
    /// The overhead of each measured call, in nanoseconds, in call order.
    public var samples: [Int64]

    /// The median.
    public var p50: Int64 { percentile(50) }
    /// The 90th percentile.
    public var p90: Int64 { percentile(90) }

    /// The value below which `percent` % of the samples lie (nearest rank).
    public func percentile(_ percent: Int) -> Int64 {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = max(1, Int((Double(percent) / 100 * Double(sorted.count)).rounded(.up)))
        return sorted[min(rank, sorted.count) - 1]
    }

    /// Measures `iterations` warm calls on one lease of `pool`, after `warmUp` unmeasured ones
    /// (the first starts the worker).
    ///
    /// With a `pause`, each call waits that long first, so the runtime has posted its previous
    /// answer and is parked in `/next` again, as between two turns of a script (the call's time is
    /// then the latency a turn sees); without one, calls follow each other at once and each also
    /// waits for the runtime to come back to `/next` (the worker's throughput).
    /// - Throws: `FunctionPoolError` when no lease can be had, or `FunctionHookError` when a call
    ///   fails (an overhead figure from failing calls would mean nothing).
    public static func measure(
        pool: FunctionPool, event: Data, now: LocalDateTime, iterations: Int, warmUp: Int = 5,
        pause: Duration = .zero
    ) async throws -> InvocationOverhead {
        let lease = try await pool.lease()
        var samples: [Int64] = []
        samples.reserveCapacity(iterations)
        let clock = ContinuousClock()
        do {
            for index in 0..<(warmUp + iterations) {
                if pause > .zero { try? await Task.sleep(for: pause) }
                let started = clock.now
                let invocation = await lease.invoke(event, now: now)
                let elapsed = clock.now - started
                guard let body = invocation.response else {
                    throw FunctionHookError(
                        message: invocation.fault?.message ?? "no response", fault: invocation.fault,
                        log: invocation.log, requestID: invocation.requestID)
                }
                guard index >= warmUp else { continue }
                let total = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
                samples.append(total - selfNanoseconds(body))
            }
        } catch {
            await lease.release()
            throw error
        }
        await lease.release()
        return InvocationOverhead(samples: samples)
    }

    private static func selfNanoseconds(_ body: Data) -> Int64 {
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        return (object?["selfNanoseconds"] as? NSNumber)?.int64Value ?? 0
    }
}
