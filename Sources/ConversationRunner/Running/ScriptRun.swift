import CodeHooks
import Conversations
import LexFacts
import LexRuntime
import MeetyDiagnostics

/// The state of one script while it runs: transcript, traces, sessions seen, failures.
struct ScriptRun {
    let script: ConversationScript
    private(set) var failures: [Diagnostic] = []
    private(set) var transcript: [ScriptResult.Exchange] = []
    private(set) var traces: [TurnTrace] = []
    private(set) var replyIntents: [String] = []
    private(set) var turnTimes: [Duration] = []
    private var startedSessions: Set<String> = []
    /// Whether turn traces are kept (`RunOptions.keepsTraces`).
    private let keepsTraces: Bool

    init(script: ConversationScript, keepsTraces: Bool = true) {
        self.script = script
        self.keepsTraces = keepsTraces
        // One entry per step at most: sized once, so a suite's thousands of results keep no spare
        // capacity from doubling.
        let steps = script.steps.count
        transcript.reserveCapacity(steps)
        if keepsTraces { traces.reserveCapacity(steps) }
        replyIntents.reserveCapacity(steps)
    }

    /// Whether a step has failed (the run stops there).
    var hasFailed: Bool { !failures.isEmpty }

    /// Records a failure.
    mutating func fail(_ code: DiagnosticCode, _ message: String, at span: SourceSpan, notes: [Diagnostic.Note] = []) {
        failures.append(.error(code, message, at: span, notes: notes))
    }

    /// Sends a user turn and checks its expectations.
    mutating func userTurn(
        _ turn: UserTurn, step: ScriptStep, runtime: LexRuntime, locale: String?, hookLog: () -> String? = { nil },
        timed: Bool = false
    ) async {
        let session = turn.sessionName
        var state: SessionState?
        if !startedSessions.contains(session), !script.givenSession.isEmpty {
            var attributes: [String: String] = [:]
            for attribute in script.givenSession { attributes[attribute.key.value] = attribute.value.value }
            state = SessionState(sessionAttributes: attributes)
        }
        startedSessions.insert(session)
        let request = RecognizeTextRequest(
            sessionId: LexSessionID.derived(fromLabel: session), text: turn.text.value, localeId: locale,
            sessionState: state)
        let response: RecognizeTextResponse
        let started = timed ? ContinuousClock.now : nil
        do {
            response = try await runtime.recognizeText(request)
        } catch {
            var exchange = ScriptResult.Exchange(
                session: session, user: turn.text.value, bot: "", state: "error: \(error.message)")
            exchange.hookLog = hookLog()
            transcript.append(exchange)
            fail(.turnError, "turn \(step.number): \(error.message)", at: step.span)
            return
        }
        if let started { turnTimes.append(ContinuousClock.now - started) }
        var exchange = ScriptResult.Exchange(session: session, user: turn.text.value, response: response)
        exchange.hookLog = hookLog()
        transcript.append(exchange)
        if keepsTraces { traces.append(response.trace) }
        if let intent = response.sessionState.intent?.name { replyIntents.append(intent) }
        // A hook that failed or timed out on a step with a failure path of its own (a fulfillment hook)
        // leaves no error on the turn, only the failure path's reply: its message goes with the first
        // mismatch, so the report says why the turn went that way.
        var hookErrors = response.trace.hookCalls.compactMap(\.error).map { Diagnostic.Note($0) }
        for problem in TurnCheck.mismatches(turn.expectations, response: response) {
            fail(
                .turnMismatch, "turn \(step.number): \(problem.message)", at: step.span,
                notes: hookErrors + problem.notes)
            hookErrors = []
        }
    }

    /// Moves the script's clock.
    mutating func clockStep(_ step: ClockStep, clock: MovableClock) {
        clock.set(seconds: step.seconds)
        let action: String
        switch step.kind {
        case .wait: action = "wait \(step.text.value)"
        case .set: action = "clock \(step.text.value)"
        }
        transcript.append(.init(session: "clock", user: action, bot: "", state: "now \(step.iso)"))
    }

    /// Carries out a step that is not a user turn on the script's world.
    mutating func worldStep(_ step: ScriptStep, world: any WorldSession) async {
        switch await world.perform(step.action) {
        case .success(let record):
            transcript.append(.init(session: record.actor, user: record.action, bot: "", state: record.result))
        case .failure(let failure):
            fail(failure.code, "step \(step.number): \(failure.message)", at: step.span)
        }
    }

    /// Records the world's verdict on the script's final expectations.
    mutating func record(_ problems: [Diagnostic]) {
        failures += problems
    }

    /// The result of the run.
    func result() -> ScriptResult {
        ScriptResult(
            name: script.name.value,
            file: script.file,
            span: script.span,
            tags: script.tags.map(\.value),
            status: failures.isEmpty ? .passed : .failed,
            failures: failures,
            transcript: transcript,
            traces: traces,
            replyIntents: replyIntents,
            turnTimes: turnTimes
        )
    }
}
