import CodeHooks
import ConversationRunner
import NIOConcurrencyHelpers

/// A bot's code hook attached once for the life of a server and shared by all its sessions.
///
/// A hook that runs in this process (`meety`) is `Sendable` code that serves any number of
/// sessions at once, so one attachment serves them all (its meeting ids then come from one
/// sequence). A hook in its own process (Python, Node.js, `exec:`, an Invoke API) holds one worker
/// per attachment and answers one event at a time, so each call takes an attachment of its own: an
/// idle one, a new one while fewer than `lanes` exist, or else the next one given back. Whatever
/// a hook prints during a call goes to `log` with the session id.
public final class HookLanes: CodeHook {
    /// Receives a hook's output of one call: the session id and the text.
    public typealias LogSink = @Sendable (_ sessionId: String, _ text: String) -> Void

    private struct State {
        var idle: [HookAttachment] = []
        var all: [HookAttachment] = []
        var attaching = 0
        var waiters: [CheckedContinuation<HookAttachment?, Never>] = []
        var closed = false
    }

    /// The spec attached.
    public let spec: any CodeHookSpec
    private let context: HookContext
    private let lanes: Int
    private let shared: Bool
    private let log: LogSink
    private let state = NIOLockedValueBox(State())

    /// Attaches `spec` to `context` once, so a spec that cannot serve the world fails now, at
    /// start-up, rather than on the first turn.
    /// - Parameter lanes: how many attachments a hook in its own process may hold at once.
    /// - Throws: whatever the spec's `attach` throws.
    public init(spec: any CodeHookSpec, context: HookContext, lanes: Int, log: @escaping LogSink) async throws {
        self.spec = spec
        self.context = context
        self.lanes = max(1, lanes)
        self.shared = spec.runsInProcess
        self.log = log
        let first = try await spec.attach(context)
        state.withLockedValue { state in
            state.all.append(first)
            state.idle.append(first)
        }
    }

    /// Whether the attachment has a hook at all (`none` has none: intents run as if it delegated).
    public var hasHook: Bool {
        state.withLockedValue { $0.all.first?.hook != nil }
    }

    /// Runs the hook on `event` through an attachment.
    /// - Throws: what the hook throws, or `HookLanesClosed` once the server is stopping.
    public func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        if shared {
            guard let attachment = state.withLockedValue({ $0.all.first }), let hook = attachment.hook else {
                throw HookLanesClosed()
            }
            defer { flushLog(attachment, sessionId: event.sessionId) }
            return try await hook.handle(event)
        }
        guard let attachment = try await checkOut() else { throw HookLanesClosed() }
        defer { checkIn(attachment, sessionId: event.sessionId) }
        guard let hook = attachment.hook else { throw HookLanesClosed() }
        return try await hook.handle(event)
    }

    /// Detaches every attachment (giving workers back to their pools); later calls fail.
    public func close() async {
        let (attachments, waiters) = state.withLockedValue { state in
            state.closed = true
            defer {
                state.all = []
                state.idle = []
                state.waiters = []
            }
            return (state.all, state.waiters)
        }
        for waiter in waiters { waiter.resume(returning: nil) }
        for attachment in attachments { await attachment.detach() }
    }

    private func flushLog(_ attachment: HookAttachment, sessionId: String) {
        if let text = attachment.takeLog() { log(sessionId, text) }
    }

    private enum Lease {
        case ready(HookAttachment)
        case attach
        case wait
        case closed
    }

    private func checkOut() async throws -> HookAttachment? {
        let lease = state.withLockedValue { state -> Lease in
            if state.closed { return .closed }
            if let ready = state.idle.popLast() { return .ready(ready) }
            if state.all.count + state.attaching < lanes {
                state.attaching += 1
                return .attach
            }
            return .wait
        }
        switch lease {
        case .ready(let attachment): return attachment
        case .closed: return nil
        case .attach:
            let attachment: HookAttachment
            do {
                attachment = try await spec.attach(context)
            } catch {
                state.withLockedValue { $0.attaching -= 1 }
                throw error
            }
            let kept = state.withLockedValue { state -> Bool in
                state.attaching -= 1
                guard !state.closed else { return false }
                state.all.append(attachment)
                return true
            }
            if !kept {
                await attachment.detach()
                return nil
            }
            return attachment
        case .wait:
            return await withCheckedContinuation { continuation in
                let closed = state.withLockedValue { state -> Bool in
                    if state.closed { return true }
                    if let ready = state.idle.popLast() {
                        continuation.resume(returning: ready)
                        return false
                    }
                    state.waiters.append(continuation)
                    return false
                }
                if closed { continuation.resume(returning: nil) }
            }
        }
    }

    private func checkIn(_ attachment: HookAttachment, sessionId: String) {
        flushLog(attachment, sessionId: sessionId)
        let waiter = state.withLockedValue { state -> CheckedContinuation<HookAttachment?, Never>? in
            guard !state.closed else { return nil }
            if state.waiters.isEmpty {
                state.idle.append(attachment)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.resume(returning: attachment)
    }
}
