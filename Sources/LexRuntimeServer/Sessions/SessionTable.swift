import LexRuntime
import NIOConcurrencyHelpers

/// The server's sessions: what each remembers (`ServedSession`) and a gate per session, so that a
/// session's requests run one at a time, in the order they arrived, while different sessions run
/// in parallel.
///
/// A session idle for its bot's TTL on the server's clock is gone: the next request finds none
/// (GetSession answers 404, RecognizeText starts afresh), and `sweep` removes such sessions so idle
/// clients do not hold memory.
final class SessionTable: Sendable {
    /// What a request does to its session once it holds the gate.
    enum Update: Sendable {
        /// Leave the session as it is.
        case keep
        /// Store this state.
        case store(ServedSession)
        /// End the session.
        case remove
    }

    private struct State {
        var sessions: [SessionKey: ServedSession] = [:]
        /// Sessions whose gate is held, with the requests waiting for it in arrival order.
        var gates: [SessionKey: [CheckedContinuation<Void, Never>]] = [:]
    }

    private let state = NIOLockedValueBox(State())

    /// Creates an empty table.
    init() {}

    /// How many sessions are stored (expired ones included until they are swept).
    var count: Int { state.withLockedValue { $0.sessions.count } }

    /// Runs `body` with the session `key` of `bot` held: no other request of that session runs
    /// until it returns. `body` sees the stored session (`nil` when there is none, or when it idled
    /// out, in which case its dialog state in the runtime is deleted first) and says what to store;
    /// a thrown error stores nothing.
    func exclusive<Result: Sendable>(
        _ key: SessionKey, of bot: ServedBot, now: Double,
        _ body: (ServedSession?) async throws(LexAPIError) -> (Update, Result)
    ) async throws(LexAPIError) -> Result {
        await acquire(key)
        defer { release(key) }
        var current = state.withLockedValue { $0.sessions[key] }
        if let session = current, now - session.lastActive >= Double(bot.idleSessionTTLInSeconds) {
            state.withLockedValue { _ = $0.sessions.removeValue(forKey: key) }
            bot.runtime(for: key.localeId)?.deleteSession(key.sessionId)
            current = nil
        }
        let (update, result) = try await body(current)
        state.withLockedValue { state in
            switch update {
            case .keep: break
            case .store(let session): state.sessions[key] = session
            case .remove: state.sessions.removeValue(forKey: key)
            }
        }
        return result
    }

    /// Removes every session of `bots` idle for at least its bot's TTL, with its dialog state in the
    /// runtime, waiting for a session's gate if a request holds it. Returns how many were removed.
    @discardableResult
    func sweep(now: Double, bots: [ServedBot]) async -> Int {
        let byId = Dictionary(bots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func ttl(_ key: SessionKey) -> Double { Double(byId[key.botId]?.idleSessionTTLInSeconds ?? 0) }
        let candidates = state.withLockedValue { state in
            state.sessions.filter { now - $0.value.lastActive >= ttl($0.key) }.map(\.key)
        }
        var removed = 0
        for key in candidates {
            await acquire(key)
            let gone = state.withLockedValue { state -> Bool in
                guard let session = state.sessions[key], now - session.lastActive >= ttl(key) else { return false }
                state.sessions.removeValue(forKey: key)
                return true
            }
            if gone {
                byId[key.botId]?.runtime(for: key.localeId)?.deleteSession(key.sessionId)
                removed += 1
            }
            release(key)
        }
        return removed
    }

    private func acquire(_ key: SessionKey) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let free = state.withLockedValue { state -> Bool in
                if state.gates[key] == nil {
                    state.gates[key] = []
                    return true
                }
                state.gates[key]!.append(continuation)
                return false
            }
            if free { continuation.resume() }
        }
    }

    private func release(_ key: SessionKey) {
        let next = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
            guard var waiting = state.gates[key], !waiting.isEmpty else {
                state.gates.removeValue(forKey: key)
                return nil
            }
            let first = waiting.removeFirst()
            state.gates[key] = waiting
            return first
        }
        next?.resume()
    }
}
