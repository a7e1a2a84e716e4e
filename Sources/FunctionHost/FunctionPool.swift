import CodeHooks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Up to N warm execution environments of one function, leased to scripts: a script leases a
/// worker for all its turns and gives it back, so module state persists across turns and scripts,
/// as in a warm Lambda. With `freshWorkerPerScript`, a returned worker's runtime is ended, so the
/// next script starts cold.
///
/// Workers start lazily, on their first invocation (which then reports the init duration).
/// `shutdown()` ends every runtime and its children; the pool also forwards SIGINT, SIGTERM and
/// SIGHUP of the parent to them (`ChildProcessRegistry`).
public actor FunctionPool {
    /// What the pool runs.
    public nonisolated let configuration: FunctionConfiguration
    /// Whether hooks see the script's clock; `note` is the line for a run header.
    public nonisolated let clockStatus: HookClockStatus
    /// The most workers alive at once (the runner's jobs).
    public nonisolated let maximumWorkers: Int

    private let context: WorkerContext
    private let requestIDs: any RequestIDGenerator
    private let transport: any InvokeTransport
    private var idle: [any FunctionWorker] = []
    private var workers: [any FunctionWorker] = []
    private var creating = 0
    private var nextNumber = 0
    private var waiters: [CheckedContinuation<any FunctionWorker, any Error>] = []
    private var isShutDown = false

    /// Creates a pool and its scratch directory (the clock files and the Node client).
    /// - Parameters:
    ///   - maximumWorkers: the most workers at once; at least 1.
    ///   - currentDirectory: what relative paths in the configuration are relative to.
    ///   - forwardsSignals: whether to install the SIGINT/SIGTERM/SIGHUP forwarding.
    /// - Throws: `FunctionPoolError` when the scratch directory cannot be made.
    public init(
        configuration: FunctionConfiguration, maximumWorkers: Int, currentDirectory: String,
        requestIDs: any RequestIDGenerator = SequentialRequestIDs(), realTime: any RealTimeSource = SystemRealTime(),
        transport: any InvokeTransport = LoopbackHTTPTransport(), forwardsSignals: Bool = true
    ) throws(FunctionPoolError) {
        self.configuration = configuration
        self.maximumWorkers = max(1, maximumWorkers)
        self.clockStatus = HookClockStatus.resolve(configuration.clock, kind: configuration.kind)
        self.requestIDs = requestIDs
        self.transport = transport
        var template = Array("\(NSTemporaryDirectory())/meety-hooks-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw FunctionPoolError(description: "cannot make a scratch directory: \(String(cString: strerror(errno)))")
        }
        let scratch = String(cString: made)
        let nodeClient = "\(scratch)/\(NodeRuntimeClient.fileName)"
        if case .node = configuration.kind {
            guard FileManager.default.createFile(atPath: nodeClient, contents: Data(NodeRuntimeClient.source.utf8))
            else { throw FunctionPoolError(description: "cannot write the Node.js runtime client to \(nodeClient)") }
        }
        context = WorkerContext(
            scratchDirectory: scratch, nodeClientPath: nodeClient, currentDirectory: currentDirectory,
            clock: clockStatus, realTime: realTime)
        if forwardsSignals, configuration.kind.startsProcesses {
            ChildProcessRegistry.shared.installSignalForwarding()
        }
    }

    /// Takes an idle worker, starts a new one if fewer than `maximumWorkers` exist, or waits for one.
    /// - Throws: `FunctionPoolError` after `shutdown()`, or when a worker's server cannot be bound.
    public func lease() async throws -> FunctionLease {
        guard !isShutDown else { throw FunctionPoolError(description: "the function pool is shut down") }
        let worker: any FunctionWorker
        if let ready = idle.popLast() {
            worker = ready
        } else if workers.count + creating < maximumWorkers {
            creating += 1
            nextNumber += 1
            defer { creating -= 1 }
            worker = try await makeWorker(number: nextNumber)
            guard !isShutDown else {
                await worker.stop()
                throw FunctionPoolError(description: "the function pool is shut down")
            }
            workers.append(worker)
        } else {
            worker = try await withCheckedThrowingContinuation { waiters.append($0) }
        }
        return FunctionLease(worker: worker, pool: self, requestIDs: requestIDs)
    }

    /// Ends every worker and everything it started, fails waiting leases, and removes the scratch
    /// directory. Leases still held get `processExited` or `hostShutDown` faults.
    public func shutdown() async {
        guard !isShutDown else { return }
        isShutDown = true
        let pending = waiters
        waiters.removeAll()
        for waiter in pending {
            waiter.resume(throwing: FunctionPoolError(description: "the function pool is shut down"))
        }
        await withTaskGroup(of: Void.self) { group in
            for worker in workers { group.addTask { await worker.stop() } }
        }
        idle.removeAll()
        try? FileManager.default.removeItem(atPath: context.scratchDirectory)
    }

    /// The process ids of the runtimes running now.
    public func runningProcessIDs() async -> [Int32] {
        var pids: [Int32] = []
        for worker in workers {
            if let pid = await worker.processID { pids.append(pid) }
        }
        return pids
    }

    /// The scratch directory (removed by `shutdown()`).
    public nonisolated var scratchDirectory: String { context.scratchDirectory }

    func giveBack(_ worker: any FunctionWorker) async {
        await worker.leaseEnded()
        if isShutDown {
            await worker.stop()
            return
        }
        if configuration.freshWorkerPerScript { await worker.retire() }
        if waiters.isEmpty {
            idle.append(worker)
        } else {
            waiters.removeFirst().resume(returning: worker)
        }
    }

    private func makeWorker(number: Int) async throws -> any FunctionWorker {
        switch configuration.kind {
        case .invokeAPI(let url):
            return InvokeAPIWorker(
                url: url, transport: transport, timeout: configuration.timeout,
                timeoutSeconds: configuration.timeoutSeconds)
        case .python, .node, .exec:
            do {
                return try await ProcessWorker(configuration: configuration, context: context, number: number)
            } catch {
                throw FunctionPoolError(description: "cannot start the Runtime API server on 127.0.0.1: \(error)")
            }
        }
    }
}

/// The pool cannot lease (shut down, no scratch directory, no loopback port).
public struct FunctionPoolError: Error, CustomStringConvertible, Sendable {
    /// One line saying why.
    public var description: String
}
