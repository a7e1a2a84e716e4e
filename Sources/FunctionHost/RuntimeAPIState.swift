import Foundation
import Synchronization

/// The Runtime API's invocation state for one worker: the event waiting to be fetched, the `/next`
/// requests parked in a long poll, the event in flight and the ids already answered.
///
/// One execution environment handles one invocation at a time, as on Lambda. Completion callbacks
/// and parked deliveries are always called outside the lock.
final class RuntimeAPIState: Sendable {
    typealias Completion = @Sendable (RuntimeAPIOutcome) -> Void
    typealias Delivery = @Sendable (RuntimeAPIEvent) -> Void
    typealias ReadinessObserver = @Sendable (Readiness) -> Void

    /// What a starting runtime did first.
    enum Readiness: Sendable, Equatable {
        /// It asked for an event (its init is done).
        case waiting
        /// It reported an init error.
        case initFailed(FunctionErrorReport)
    }

    /// What a POST to an invocation path gets.
    enum PostAnswer: Equatable {
        case accepted
        case unknownRequestID
        case alreadyAnswered
        case tooLarge
    }

    private struct Parked {
        var connection: ObjectIdentifier
        var deliver: Delivery
    }

    private struct State {
        var pending: RuntimeAPIEvent?
        var parked: [Parked] = []
        var current: String?
        var completions: [String: Completion] = [:]
        var answered: [String] = []
        var initError: FunctionErrorReport?
        var firstNext: ContinuousClock.Instant?
        var nextCount = 0
        var readinessObservers: [ReadinessObserver] = []
    }

    private let state = Mutex(State())
    private static let rememberedAnswers = 64

    /// Queues an event for the next `/next` (or hands it to a parked one right away).
    func submit(_ event: RuntimeAPIEvent, completion: @escaping Completion) {
        enum Action {
            case fail(FunctionErrorReport)
            case deliver(Delivery)
            case wait
        }
        let action: Action = state.withLock { state in
            if let report = state.initError { return .fail(report) }
            state.completions[event.requestID] = completion
            if state.parked.isEmpty {
                state.pending = event
                return .wait
            }
            state.current = event.requestID
            return .deliver(state.parked.removeFirst().deliver)
        }
        switch action {
        case .fail(let report): completion(.initError(report))
        case .deliver(let deliver): deliver(event)
        case .wait: break
        }
    }

    /// A `/next` arrived: returns the pending event, or parks `deliver` until one is submitted.
    func next(connection: ObjectIdentifier, now: ContinuousClock.Instant, deliver: @escaping Delivery)
        -> RuntimeAPIEvent?
    {
        let event: RuntimeAPIEvent? = state.withLock { state in
            state.nextCount += 1
            if state.firstNext == nil { state.firstNext = now }
            if let event = state.pending {
                state.pending = nil
                state.current = event.requestID
                return event
            }
            state.parked.append(Parked(connection: connection, deliver: deliver))
            return nil
        }
        if event == nil { notifyReadiness(.waiting) }
        return event
    }

    /// Calls `observer` once when a runtime waits in `/next` or reports an init error (right away if
    /// one is waiting or failed already).
    func whenReady(_ observer: @escaping ReadinessObserver) {
        let now: Readiness? = state.withLock { state in
            if let report = state.initError { return .initFailed(report) }
            if !state.parked.isEmpty { return .waiting }
            state.readinessObservers.append(observer)
            return nil
        }
        if let now { observer(now) }
    }

    private func notifyReadiness(_ readiness: Readiness) {
        let observers: [ReadinessObserver] = state.withLock { state in
            defer { state.readinessObservers.removeAll() }
            return state.readinessObservers
        }
        for observer in observers { observer(readiness) }
    }

    /// A connection closed: its parked `/next`, if any, is dropped.
    func connectionClosed(_ connection: ObjectIdentifier) {
        state.withLock { $0.parked.removeAll { $0.connection == connection } }
    }

    /// A runtime posted a response or an error for `requestID`.
    func post(requestID: String, outcome: RuntimeAPIOutcome) -> PostAnswer {
        let (answer, completion): (PostAnswer, Completion?) = state.withLock { state in
            if state.answered.contains(requestID) { return (.alreadyAnswered, nil) }
            guard state.current == requestID else { return (.unknownRequestID, nil) }
            state.current = nil
            state.answered.append(requestID)
            if state.answered.count > Self.rememberedAnswers { state.answered.removeFirst() }
            let completion = state.completions.removeValue(forKey: requestID)
            if case .responseTooLarge = outcome { return (.tooLarge, completion) }
            return (.accepted, completion)
        }
        completion?(outcome)
        return answer
    }

    /// A runtime posted `/runtime/init/error`: every waiting invocation fails with it, and so does
    /// every later one until `reset()` (the runtime exits after reporting).
    func initFailed(_ report: FunctionErrorReport) {
        let completions: [Completion] = state.withLock { state in
            state.initError = report
            state.pending = nil
            state.current = nil
            defer { state.completions.removeAll() }
            return Array(state.completions.values)
        }
        for completion in completions { completion(.initError(report)) }
        notifyReadiness(.initFailed(report))
    }

    /// Forgets an invocation that ended without an answer (timeout, exit); a late post for it gets 403.
    func withdraw(requestID: String) {
        state.withLock { state in
            state.completions[requestID] = nil
            if state.pending?.requestID == requestID { state.pending = nil }
            if state.current == requestID {
                state.current = nil
                state.answered.append(requestID)
            }
        }
    }

    /// A new worker process starts: drops everything that belonged to the previous one.
    func reset() {
        state.withLock { state in
            state.pending = nil
            state.parked.removeAll()
            state.current = nil
            state.initError = nil
            state.firstNext = nil
            state.readinessObservers.removeAll()
        }
    }

    /// When the first `/next` since the last `reset()` arrived.
    var firstNext: ContinuousClock.Instant? { state.withLock { $0.firstNext } }

    /// How many `/next` requests arrived in total.
    var nextCount: Int { state.withLock { $0.nextCount } }

    /// Whether a `/next` is parked right now (the runtime is idle and waiting).
    var hasParkedNext: Bool { state.withLock { !$0.parked.isEmpty } }
}
