import CodeHooks

/// An active context of a session, with what is left of its time to live.
///
/// Lex: a context is active "for the number of turns or time limit configured" and gates the
/// intents that name it as an input context. Here a context activated on a turn is active for the
/// next `turnsToLive` requests, each request using one, and until `timeToLiveInSeconds` have passed
/// on the conversation's clock, whichever ends first (docs/simulator.md).
struct SessionContext: Sendable, Equatable {
    /// The context name.
    var name: String
    /// Its attributes (the slot values of the intent that activated it).
    var attributes: [String: String]
    /// Its lifetime in seconds from activation.
    var timeToLiveInSeconds: Int
    /// Requests it is still active for.
    var remainingTurns: Int
    /// When it was activated, in seconds on the conversation's clock.
    var activatedAt: Int64

    /// A context from the wire (a RecognizeText request or a hook's response), activated `now`.
    init(_ context: ActiveContext, now: Int64) {
        name = context.name
        attributes = context.contextAttributes
        timeToLiveInSeconds = context.timeToLive.timeToLiveInSeconds
        remainingTurns = context.timeToLive.turnsToLive
        activatedAt = now
    }

    /// A context activated `now` by an intent's output context.
    init(_ output: RuntimeOutputContext, attributes: [String: String], now: Int64) {
        name = output.name
        self.attributes = attributes
        timeToLiveInSeconds = output.timeToLiveInSeconds
        remainingTurns = output.turnsToLive
        activatedAt = now
    }

    /// Whether the context is still active at `now`.
    func isLive(at now: Int64) -> Bool {
        remainingTurns >= 1 && now - activatedAt < Int64(timeToLiveInSeconds)
    }

    /// The context in the wire shape, with the seconds and turns left at `now`.
    func wire(at now: Int64) -> ActiveContext {
        ActiveContext(
            name: name,
            timeToLive: ActiveContext.TimeToLive(
                timeToLiveInSeconds: max(0, timeToLiveInSeconds - Int(now - activatedAt)), turnsToLive: remainingTurns),
            contextAttributes: attributes)
    }
}

extension SessionRecord {
    /// Starts a request at `now`: drops contexts whose time or turns ran out and uses one turn of
    /// each of the others (they are active for this request).
    mutating func ageContexts(at now: Int64) {
        guard !contexts.isEmpty else { return }
        contexts.removeAll { !$0.isLive(at: now) }
        for index in contexts.indices { contexts[index].remainingTurns -= 1 }
    }

    /// Activates (or re-activates, resetting its time to live) `context`.
    mutating func activate(_ context: SessionContext) {
        contexts.removeAll { $0.name == context.name }
        contexts.append(context)
    }

    /// The names of the contexts active for the current request.
    var activeContextNames: Set<String> {
        Set(contexts.map(\.name))
    }

    /// The contexts active for the current request, in the wire shape, for hook events.
    func currentContexts(at now: Int64) -> [ActiveContext] {
        guard !contexts.isEmpty else { return [] }
        return contexts.map { $0.wire(at: now) }
    }

    /// The contexts still active after this turn, in the wire shape (empty when none).
    func wireContexts(at now: Int64) -> [ActiveContext] {
        guard !contexts.isEmpty else { return [] }
        return contexts.filter { $0.isLive(at: now) }.map { $0.wire(at: now) }
    }
}
