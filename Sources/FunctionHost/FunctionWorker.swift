import CodeHooks
import Foundation
import LexFacts
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One execution environment of a pool: a runtime process, or a client of an Invoke API endpoint.
protocol FunctionWorker: Actor {
    /// Runs one event with the hook's clock at `now`.
    func invoke(_ event: Data, now: LocalDateTime, requestID: String) async -> FunctionInvocation
    /// The lease that held the worker ended.
    func leaseEnded()
    /// Ends the runtime (fresh-worker mode) but keeps the worker, so its next use starts cold.
    func retire() async
    /// Ends the worker and everything it started.
    func stop() async
    /// The runtime process's id while one runs.
    var processID: pid_t? { get }
}

/// What the workers of one pool share: where scratch files go, how the clock is faked, the real
/// time source and the ids of requests and traces.
struct WorkerContext: Sendable {
    var scratchDirectory: String
    var nodeClientPath: String
    var currentDirectory: String
    var clock: HookClockStatus
    var realTime: any RealTimeSource

    /// The libfaketime variables for a worker of `kind` reading `specFile`; none without faking.
    /// Only Python's monotonic clock is faked (see `FakeTimeSpecFile.environment`).
    func clockEnvironment(_ specFile: FakeTimeSpecFile?, kind: FunctionKind) -> [String: String] {
        guard case .scripted(let library) = clock, let specFile else { return [:] }
        if case .python = kind { return specFile.environment(library: library, fakesMonotonic: true) }
        return specFile.environment(library: library, fakesMonotonic: false)
    }

    /// An X-Ray style trace header derived from the request id, so it is deterministic too.
    func traceID(for requestID: String) -> String {
        let hex = requestID.filter(\.isHexDigit)
        let root = String(hex.suffix(24)).leftPadded(to: 24)
        let parent = String(hex.suffix(16)).leftPadded(to: 16)
        return "Root=1-00000000-\(root);Parent=\(parent);Sampled=0"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Makes the request id of each invocation. Injected so that runs are deterministic.
public protocol RequestIDGenerator: Sendable {
    /// The next id (unique within the pool).
    func next() -> String
}

/// Ids shaped like Lambda's UUIDs from a counter: `00000000-0000-4000-8000-000000000001`, ...
public final class SequentialRequestIDs: RequestIDGenerator {
    private let counter = Mutex(0)

    /// Creates a generator starting at 1.
    public init() {}

    /// The next id.
    public func next() -> String {
        let value = counter.withLock { count -> Int in
            count += 1
            return count
        }
        let digits = String(value, radix: 16)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}
