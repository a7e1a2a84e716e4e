import CodeHooks
import Foundation
import LexFacts

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One execution environment: a runtime process served by its own `RuntimeAPIServer`, started on
/// first use, kept warm across invocations and scripts, and started again after it died.
///
/// A start failure (init error, missing runtime, a runtime that exits before asking for an event)
/// is reported in full once; the rest of the lease gets `initFailedEarlier` without restarting it,
/// and the next lease tries again, as Lambda re-inits on the next invoke.
actor ProcessWorker: FunctionWorker {
    /// The longest a runtime may take to ask for its first event, on top of the function timeout
    /// (Lambda's init phase limit).
    static let initLimit = Duration.seconds(10)

    private let configuration: FunctionConfiguration
    private let context: WorkerContext
    private let number: Int
    private let server: RuntimeAPIServer
    private let specFile: FakeTimeSpecFile?
    private var process: ChildProcess?
    private var startFailure: String?
    /// The offset to real time last written to `specFile`, in nanoseconds (nil before the first).
    private var writtenOffset: Int64?

    init(configuration: FunctionConfiguration, context: WorkerContext, number: Int) async throws {
        self.configuration = configuration
        self.context = context
        self.number = number
        server = try await RuntimeAPIServer.start()
        specFile =
            context.clock.followsScript ? FakeTimeSpecFile(path: "\(context.scratchDirectory)/clock-\(number)") : nil
    }

    /// The running process's id, if one runs (for tests that check nothing survives).
    var processID: pid_t? { process?.exit == nil ? process?.pid : nil }

    /// Runs one event.
    func invoke(_ event: Data, now: LocalDateTime, requestID: String) async -> FunctionInvocation {
        let clock = ContinuousClock()
        let started = clock.now
        if let startFailure {
            return FunctionInvocation(
                requestID: requestID, result: .failure(.initFailedEarlier(summary: startFailure)), log: "",
                duration: .zero)
        }
        var initDuration: Duration?
        let running: ChildProcess
        switch await ensureRunning() {
        case .success(let (child, coldStart)):
            running = child
            initDuration = coldStart
        case .failure(let failure):
            startFailure = failure.fault.message
            return FunctionInvocation(
                requestID: requestID, result: .failure(failure.fault), log: failure.log,
                duration: clock.now - started, initDuration: failure.initDuration)
        }
        let handedOut = clock.now
        let outcome = await run(event, now: now, requestID: requestID, on: running)
        let duration = clock.now - handedOut
        let result = await settle(outcome, requestID: requestID, process: running)
        // A response ends the invocation at once: what the handler printed is already in the pipes
        // (the runtime writes it before it posts), and `collect()` drains them. Waiting for the
        // runtime's next `/next`, where Lambda draws the line, would add a round trip to every call;
        // it is done only for errors, whose runtime may still be writing its report.
        if case .runtime(.error) = outcome, process === running { await awaitNextPoll() }
        return FunctionInvocation(
            requestID: requestID, result: result, log: running.output.collect(), duration: duration,
            initDuration: initDuration)
    }

    /// Waits until the runtime asks for its next event — where Lambda ends an invocation, so what it
    /// printed after posting its answer (a log line, say) belongs to this invocation's log — but at
    /// most `grace` (a runtime that keeps working after answering).
    private func awaitNextPoll(grace: Duration = .milliseconds(50)) async {
        let ready = OneShot<Void>()
        server.whenReady { _ in ready.resolve(()) }
        let timer = Task {
            try await Task.sleep(for: grace)
            ready.resolve(())
        }
        await ready.value()
        timer.cancel()
    }

    /// The lease ended: the next lease may try to start the runtime again.
    func leaseEnded() {
        startFailure = nil
    }

    /// Ends the runtime, keeping the server: the next invocation starts a new one (a cold start).
    func retire() async {
        if let process { _ = await process.terminate() }
        process = nil
    }

    /// Ends the runtime (SIGTERM, then SIGKILL) and closes the server.
    func stop() async {
        if let process { _ = await process.terminate() }
        process = nil
        await server.close()
    }

    private enum Outcome: Sendable {
        case runtime(RuntimeAPIOutcome)
        case exited(ProcessExit)
        case timedOut
    }

    private struct StartFailure: Error {
        var fault: FunctionFault
        var log: String
        var initDuration: Duration?
    }

    /// Starts the runtime if none runs, and waits for its first `/next`; returns the process and,
    /// for a cold start, the init duration.
    private func ensureRunning() async -> Result<(ChildProcess, Duration?), StartFailure> {
        if let process, process.exit == nil { return .success((process, nil)) }
        server.reset()
        let launch: WorkerLaunch
        do {
            launch = try WorkerLaunch.make(
                configuration, runtimeAPI: server.address,
                clockEnvironment: context.clockEnvironment(specFile, kind: configuration.kind),
                nodeClientPath: context.nodeClientPath, logStream: "meety/[$LATEST]worker-\(number)",
                currentDirectory: context.currentDirectory)
        } catch { return .failure(StartFailure(fault: error, log: "")) }
        if let specFile {
            let real = context.realTime.unixNanoseconds()
            writtenOffset = try? specFile.set(targetNanoseconds: real, realNanoseconds: real)
        }
        let clock = ContinuousClock()
        let started = clock.now
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(
                executable: launch.executable, arguments: launch.arguments, environment: launch.environment,
                workingDirectory: launch.workingDirectory)
        } catch { return .failure(StartFailure(fault: .startFailed(error.description), log: "")) }
        process = child
        let ready = OneShot<StartEvent>()
        server.whenReady { readiness in ready.resolve(.ready(readiness)) }
        let exitObserver = child.onExit { exit in ready.resolve(.exited(exit)) }
        defer { child.removeExitObserver(exitObserver) }
        let limit = Self.initLimit + configuration.timeout
        let timer = Task {
            try await Task.sleep(for: limit)
            ready.resolve(.timedOut)
        }
        let event = await ready.value()
        timer.cancel()
        let initDuration = (server.firstNextSinceReset ?? clock.now) - started
        switch event {
        case .ready(.waiting):
            return .success((child, initDuration))
        case .ready(.initFailed(let report)):
            _ = await child.terminate()
            return .failure(
                StartFailure(fault: .initError(report), log: child.output.collect(), initDuration: initDuration))
        case .exited(let exit):
            let fault = exitFault(exit, child)
            return .failure(StartFailure(fault: fault, log: child.output.collect(), initDuration: initDuration))
        case .timedOut:
            child.signalGroup(SIGKILL)
            _ = await child.waitForExit()
            return .failure(
                StartFailure(
                    fault: .startFailed("the hook's runtime did not ask for an event within \(limit)"),
                    log: child.output.collect()))
        }
    }

    private enum StartEvent: Sendable {
        case ready(RuntimeAPIState.Readiness)
        case exited(ProcessExit)
        case timedOut
    }

    /// Sets the hook's clock, hands the event out and waits for the answer, the exit or the timeout.
    private func run(_ payload: Data, now: LocalDateTime, requestID: String, on child: ChildProcess) async -> Outcome {
        var real = context.realTime.unixNanoseconds()
        var hookNow = real
        if let specFile {
            let target = ScriptTime.unixSeconds(of: now, timeZone: configuration.timeZone) * 1_000_000_000
            if !clockIsWithinTolerance(target: target, real: real) {
                // The runtime's clocks jump with the file (Python's monotonic one too), so it is only
                // rewritten while the runtime is parked in `/next`: a jump in the middle of its
                // previous exchange would make libcurl time that exchange out.
                await awaitNextPoll()
                real = context.realTime.unixNanoseconds()
            }
            hookNow = setClock(specFile, target: target, real: real)
        }
        let timeoutMilliseconds = Int64(configuration.timeoutSeconds * 1000)
        let event = RuntimeAPIEvent(
            requestID: requestID, payload: payload, deadlineMilliseconds: hookNow / 1_000_000 + timeoutMilliseconds,
            invokedFunctionARN: configuration.invokedFunctionARN, traceID: context.traceID(for: requestID))
        let answer = OneShot<Outcome>()
        let exitObserver = child.onExit { exit in answer.resolve(.exited(exit)) }
        defer { child.removeExitObserver(exitObserver) }
        // A dispatch timer, not a sleeping task: it costs no task start and no thread wake-up on a
        // call that answers in time, which is nearly every call.
        let timer = DispatchWorkItem { answer.resolve(.timedOut) }
        DispatchQueue.global().asyncAfter(
            deadline: .now() + .milliseconds(Int(configuration.timeoutSeconds * 1000)), execute: timer)
        server.submit(event) { outcome in answer.resolve(.runtime(outcome)) }
        let outcome = await answer.value()
        timer.cancel()
        if case .runtime = outcome { return outcome }
        server.withdraw(requestID: requestID)
        return outcome
    }

    /// Moves the hook's clock to `target` unless it reads within `FakeTimeSpecFile.tolerance` of it
    /// already; returns what the hook's clock reads now.
    ///
    /// libfaketime applies the file's offset to the real clock, so between two calls of one script
    /// the hook's clock runs on in real time; rewriting the file only when that drift passes the
    /// tolerance (or the script's clock moved) saves a file replacement on most calls.
    private func setClock(_ specFile: FakeTimeSpecFile, target: Int64, real: Int64) -> Int64 {
        if let writtenOffset, clockIsWithinTolerance(target: target, real: real) { return real + writtenOffset }
        guard let offset = try? specFile.set(targetNanoseconds: target, realNanoseconds: real) else {
            writtenOffset = nil
            return real
        }
        writtenOffset = offset
        return target
    }

    /// Whether the hook's clock reads within `FakeTimeSpecFile.tolerance` of `target` now.
    private func clockIsWithinTolerance(target: Int64, real: Int64) -> Bool {
        guard let writtenOffset else { return false }
        return (real + writtenOffset - target).magnitude <= FakeTimeSpecFile.tolerance
    }

    /// Turns an outcome into the invocation's result, ending the worker where Lambda would.
    private func settle(_ outcome: Outcome, requestID: String, process child: ChildProcess) async
        -> Result<Data, FunctionFault>
    {
        switch outcome {
        case .runtime(.response(let body)):
            guard (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) != nil else {
                let preview = String(decoding: body.prefix(80), as: UTF8.self).split(whereSeparator: \.isNewline)
                return .failure(.responseNotJSON(preview: preview.first.map(String.init) ?? "(empty body)"))
            }
            return .success(body)
        case .runtime(.error(let report)):
            return .failure(.handlerError(report))
        case .runtime(.initError(let report)):
            _ = await child.terminate()
            startFailure = FunctionFault.initError(report).message
            return .failure(.initError(report))
        case .runtime(.responseTooLarge(let bytes)):
            // awslambdaric raises on the 413 and exits; ending the worker here makes the next call
            // start a new one whatever the runtime does, instead of racing with that exit.
            child.signalGroup(SIGKILL)
            _ = await child.waitForExit()
            return .failure(.responseTooLarge(bytes: bytes, limit: server.payloadLimit))
        case .exited(let exit):
            return .failure(exitFault(exit, child))
        case .timedOut:
            child.signalGroup(SIGKILL)
            _ = await child.waitForExit()
            return .failure(.timeout(seconds: configuration.timeoutSeconds))
        }
    }

    /// The fault for a runtime that exited: a missing awslambdaric is named with its install command.
    private func exitFault(_ exit: ProcessExit, _ child: ChildProcess) -> FunctionFault {
        let lines = child.output.lastStderrLines(5)
        if case .python = configuration.kind, lines.contains(where: { $0.contains("No module named awslambdaric") }) {
            return .runtimeNotInstalled(
                "python3 cannot import awslambdaric, the AWS Lambda Python runtime client: "
                    + "install it with 'pip install awslambdaric'")
        }
        return .processExited(exit, lastStderrLines: lines)
    }
}
