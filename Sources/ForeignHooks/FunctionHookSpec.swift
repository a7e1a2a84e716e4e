import BotModel
import CodeHooks
import ConversationRunner
import Foundation
import FunctionHost
import Synchronization

/// A code hook that runs in its own process — a Python or Node.js Lambda handler, a custom runtime, or
/// a running Invoke API — attached to each script through a pool of warm workers (`FunctionHost`).
///
/// One pool serves every script whose world needs the same environment, so module state persists
/// across scripts as in a warm Lambda execution environment; a world whose environment changes per
/// script (a DynamoDB table per script) gets a worker of its own for that script. Workers enforce
/// `--timeout` themselves, and every process ends with `shutdown()`.
public final class FunctionHookSpec: CodeHookSpec, Sendable {
    /// The spec as written (`python:hooks/app.py`).
    public let name: String
    /// What the host runs.
    public let configuration: FunctionConfiguration
    private let settings: ForeignHookSettings
    private let state = Mutex(State())

    private struct State {
        var pools: [[String: String]: FunctionPool] = [:]
        var initDurations: [Duration] = []
        var isShutDown = false
    }

    /// Creates the spec of `text` (already parsed as `spec`), with files relative to `baseDirectory`.
    /// - Throws: `ForeignHookError` when the hook's file does not exist.
    public init(
        name: String, spec: CodeHookSpecText, baseDirectory: String, environment: [String: String],
        settings: ForeignHookSettings
    ) throws(ForeignHookError) {
        self.name = name
        self.settings = settings
        let kind = try Self.kind(of: spec, baseDirectory: baseDirectory)
        configuration = FunctionConfiguration(
            kind: kind, timeout: settings.timeout,
            extraEnvironment: environment.merging(settings.environment) { _, override in override },
            freshWorkerPerScript: settings.freshWorkerPerScript, clock: settings.clock,
            hostEnvironment: settings.hostEnvironment)
    }

    /// Foreign hooks wait on their own process.
    public var waitsOnlyOnWorld: Bool { false }

    /// A worker process cannot see this process's memory.
    public var runsInProcess: Bool { false }

    /// Workers stop an invocation that runs over `--timeout`, and say so.
    public var enforcesTimeout: Bool { true }

    /// How the hook sees the script's clock, when it does not see the script's own time.
    public var headerNotes: [String] {
        HookClockStatus.resolve(configuration.clock, kind: configuration.kind).note.map {
            ["code hook \(name): \($0)"]
        } ?? []
    }

    /// The init times of the workers started during the run.
    public func summaryNotes() async -> [String] {
        let inits = state.withLock { $0.initDurations }
        var lines: [String] = []
        if !inits.isEmpty {
            let sorted = inits.sorted()
            let median = sorted[sorted.count / 2]
            lines.append(
                "code hook \(name): \(inits.count) worker start\(inits.count == 1 ? "" : "s"), "
                    + "init \(Self.milliseconds(median)) ms median, \(Self.milliseconds(sorted.last!)) ms slowest")
        }
        return lines
    }

    /// A worker leased for the script, with the world's environment, and a log of what it prints.
    public func attach(_ context: HookContext) async throws -> HookAttachment {
        let environment = context.world.hookEnvironment
        let pool: FunctionPool
        let ownPool: Bool
        if environment.isSharedByScripts {
            pool = try sharedPool(for: environment.values)
            ownPool = false
        } else {
            pool = try makePool(environment.values, maximumWorkers: 1)
            ownPool = true
        }
        let lease = try await pool.lease()
        let log = LogBuffer()
        let hook = FunctionCodeHook(lease: lease, clock: context.clock) { [self] invocation in
            log.append(invocation.log)
            if let report = invocation.fault?.errorReport { log.appendOnNewLine(report.logText) }
            if let started = invocation.initDuration { state.withLock { $0.initDurations.append(started) } }
        }
        return HookAttachment(
            hook: hook,
            detach: {
                await lease.release()
                if ownPool { await pool.shutdown() }
            },
            takeLog: { log.take() })
    }

    /// Stops every worker of every pool.
    public func shutdown() async {
        let pools = state.withLock { state -> [FunctionPool] in
            state.isShutDown = true
            defer { state.pools = [:] }
            return Array(state.pools.values)
        }
        for pool in pools { await pool.shutdown() }
    }

    /// The pool for `values`, made under the lock: two scripts starting together must not both make
    /// one, since the one left over would never be shut down (its scratch folder would stay behind).
    private func sharedPool(for values: [String: String]) throws -> FunctionPool {
        try state.withLock { state throws -> FunctionPool in
            if let existing = state.pools[values] { return existing }
            guard !state.isShutDown else { throw ForeignHookError(message: "the run has ended") }
            let pool = try newPool(values, maximumWorkers: settings.maximumWorkers)
            state.pools[values] = pool
            return pool
        }
    }

    private func makePool(_ values: [String: String], maximumWorkers: Int) throws -> FunctionPool {
        guard !state.withLock({ $0.isShutDown }) else { throw ForeignHookError(message: "the run has ended") }
        return try newPool(values, maximumWorkers: maximumWorkers)
    }

    private func newPool(_ values: [String: String], maximumWorkers: Int) throws -> FunctionPool {
        var configuration = self.configuration
        configuration.extraEnvironment.merge(values) { _, world in world }
        let pool = try FunctionPool(
            configuration: configuration, maximumWorkers: maximumWorkers, currentDirectory: settings.currentDirectory,
            forwardsSignals: settings.forwardsSignals)
        return pool
    }

    /// The host's kind for `spec`, with paths resolved against `baseDirectory`.
    static func kind(of spec: CodeHookSpecText, baseDirectory: String) throws(ForeignHookError) -> FunctionKind {
        func file(_ path: String) throws(ForeignHookError) -> String {
            let resolved = resolve(path, against: baseDirectory)
            guard FileManager.default.fileExists(atPath: resolved) else {
                throw ForeignHookError(message: "its file \(resolved) does not exist")
            }
            return resolved
        }
        switch spec {
        case .python(let path, let function): return .python(file: try file(path), function: function)
        case .node(let path, let export): return .node(file: try file(path), export: export)
        case .exec(let command):
            var words = command
            // A command with a slash is a path (relative to the bot file); a bare name is found on PATH.
            if words[0].contains("/") { words[0] = try file(words[0]) }
            return .exec(command: words)
        case .invokeAPI(let url): return .invokeAPI(url: url)
        case .builtIn(let name): throw ForeignHookError(message: "'\(name)' is a built-in hook")
        }
    }

    /// `path` resolved against `base` unless it is absolute.
    static func resolve(_ path: String, against base: String) -> String {
        if path.hasPrefix("/") || base == "." { return path }
        return base + "/" + path
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}

/// What a worker printed since the runner last asked, per attachment.
private final class LogBuffer: Sendable {
    private let text = Mutex("")

    /// Adds an invocation's output; awslambdaric ends the lines of one log record with `\r`
    /// (CloudWatch shows them as one entry), so they are shown as lines here.
    func append(_ more: String) {
        let lines = more.replacingOccurrences(of: "\r", with: "\n")
        text.withLock { $0 += lines }
    }

    /// Adds text that starts a line of its own (the runtime's error report after its output).
    func appendOnNewLine(_ more: String) {
        text.withLock { text in
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            text += more
        }
    }

    /// The text so far (and empties the buffer), or `nil` when there is none.
    func take() -> String? {
        let taken = text.withLock { text -> String in
            defer { text = "" }
            return text
        }
        return taken.isEmpty ? nil : taken
    }
}

/// A foreign hook that cannot be set up.
public struct ForeignHookError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: String

    /// The message.
    public var description: String { message }
}
