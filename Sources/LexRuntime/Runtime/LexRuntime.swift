import CodeHooks
import LexFacts

/// The offline Lex V2 runtime: RecognizeText over a compiled bot, calling the bot's code hooks
/// over the Lex V2 Lambda contract.
///
/// Sessions are independent and stored here (as Lex stores them server-side); the runtime is
/// safe to drive from many tasks at once. Each turn works on a copy of its session and commits it
/// only if the turn succeeds, so a failing hook leaves the session as it was. Nothing reads the
/// real clock: slot resolution and the hooks see the injected `WallClock`.
public final class LexRuntime: Sendable {
    /// The bot being run.
    public let bot: RuntimeBot
    /// The clock for slot resolution (the hooks hold their own reference to the same clock).
    public let clock: any WallClock
    private let engines: [String: DialogEngine]
    private let sessions = LockedValue<[String: SessionRecord]>([:])

    /// Creates a runtime.
    /// - Parameters:
    ///   - bot: The bot, usually built from a compiled or exported `LexModel`.
    ///   - codeHook: The alias's Lambda: called for intents whose dialog or fulfillment hook is on.
    ///   - clock: The conversation's clock.
    ///   - options: Variation seed, hook timeout, response validation.
    /// - Throws: `SlotTypeError` when a custom slot type cannot be used (an invalid regex filter).
    public convenience init(
        bot: RuntimeBot,
        codeHook: (any CodeHook)?,
        clock: any WallClock,
        options: RuntimeOptions = RuntimeOptions()
    ) throws(SlotTypeError) {
        self.init(prepared: try PreparedBot(bot), codeHook: codeHook, clock: clock, options: options)
    }

    /// Creates a runtime for a bot prepared once and shared (a suite runs one runtime per script).
    public init(
        prepared: PreparedBot,
        codeHook: (any CodeHook)?,
        clock: any WallClock,
        options: RuntimeOptions = RuntimeOptions()
    ) {
        let bot = prepared.bot
        self.bot = bot
        self.clock = clock
        var engines: [String: DialogEngine] = [:]
        let botInfo = BotInfo(id: bot.identifier, name: bot.name, localeId: bot.locales.first?.id ?? "en_US")
        for locale in bot.locales {
            guard let preparedLocale = prepared.locales[locale.id] else { continue }
            var info = botInfo
            info.localeId = locale.id
            engines[locale.id] = DialogEngine(
                locale: locale, prepared: preparedLocale, hook: codeHook, options: options, botInfo: info)
        }
        self.engines = engines
    }

    /// Handles one user input, like Lex V2's RecognizeText.
    /// - Throws: `TurnError` when the request is invalid or a hook fails; the session is unchanged.
    public func recognizeText(_ request: RecognizeTextRequest) async throws(TurnError) -> RecognizeTextResponse {
        let localeId = request.localeId ?? bot.locales.first?.id ?? ""
        guard let engine = engines[localeId] else {
            let known = bot.locales.map(\.id).joined(separator: ", ")
            throw TurnError(.invalidRequest, "bot '\(bot.name)' has no locale '\(localeId)' (locales: \(known))")
        }
        try Self.check(request)
        let now = clock.now()
        let seconds = clock.secondsSinceEpoch()
        var record = sessions.withLock { $0[request.sessionId] } ?? SessionRecord()
        if let ttl = bot.idleSessionTTL, let last = record.lastRequestAt, seconds - last >= Int64(ttl) {
            // The session expired: Lex deletes what it held, and the request starts a new one.
            record = SessionRecord(turns: record.turns)
        }
        if let state = request.sessionState {
            record = SessionRecord(restoring: state, previous: record, now: seconds, locale: engine.locale)
        }
        record.ageContexts(at: seconds)
        let input = engine.nlu.input(request.text)
        let excluded = engine.ineligibleIntents(record)
        var turn = TurnState(
            input: input,
            text: request.text,
            sessionId: request.sessionId,
            now: now,
            seconds: seconds,
            requestAttributes: request.requestAttributes,
            candidates: engine.nlu.classify(input, now: now, excluding: excluded),
            record: record
        )
        try await engine.run(&turn)
        if engine.remembersReplies {
            turn.record.lastReply = LastReply(messages: turn.messages, action: turn.action, intent: turn.reportedIntent)
        }
        turn.record.turns += 1
        turn.record.lastRequestAt = seconds
        let committed = turn.record
        sessions.withLock { $0[request.sessionId] = committed }
        let interpretations = engine.interpretations(active: turn.reportedIntent, &turn)
        return RecognizeTextResponse(
            sessionId: request.sessionId,
            messages: turn.messages,
            sessionState: SessionState(
                activeContexts: committed.wireContexts(at: seconds),
                sessionAttributes: committed.attributes,
                dialogAction: turn.action,
                intent: turn.reportedIntent,
                originatingRequestId: "\(request.sessionId)-\(committed.turns)"
            ),
            interpretations: interpretations.map { interpretation in
                RecognizedInterpretation(intent: interpretation.intent, nluConfidence: interpretation.nluConfidence)
            },
            requestAttributes: request.requestAttributes,
            trace: turn.trace
        )
    }

    /// The visible state of a session, if it exists.
    public func sessionState(_ sessionId: String) -> SessionState? {
        guard let record = sessions.withLock({ $0[sessionId] }) else { return nil }
        return SessionState(
            activeContexts: record.wireContexts(at: clock.secondsSinceEpoch()), sessionAttributes: record.attributes,
            intent: record.active.map {
                Intent(
                    name: $0.name, slots: $0.slots.mapValues { Slot(value: $0) }, state: .inProgress,
                    confirmationState: $0.confirmationState)
            })
    }

    /// Ends a session (as DeleteSession does).
    public func deleteSession(_ sessionId: String) {
        _ = sessions.withLock { $0.removeValue(forKey: sessionId) }
    }

    private static func check(_ request: RecognizeTextRequest) throws(TurnError) {
        let id = request.sessionId
        let allowed = id.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "._:-".unicodeScalars.contains(scalar))
        }
        guard (2...100).contains(id.count), allowed else {
            throw TurnError(
                .invalidRequest, "session id '\(id)' must be 2-100 characters of letters, digits, '.', '_', ':' or '-'")
        }
        guard !request.text.allSatisfy(\.isWhitespace) else {
            throw TurnError(.invalidRequest, "the input text is empty")
        }
        guard request.text.utf16.count <= 1024 else {
            throw TurnError(
                .invalidRequest, "the input text is \(request.text.utf16.count) characters; Lex accepts at most 1024")
        }
    }
}
