import BotModel
import CodeHooks
import Foundation
import LexCompiler
import LexFacts
import LexRuntime
import LexRuntimeServerSigV4
import MeetyDiagnostics
import Synchronization

@testable import LexRuntimeServer

/// A server clock the test moves by hand.
final class ManualServerClock: ServerClock {
    private let elapsed = Mutex(0.0)

    /// The wall clock the runtimes see (fixed: only idle timeouts move).
    var wall: any WallClock { FixedClock(LocalDateTime(iso: "2026-11-20T09:00")!) }

    func seconds() -> Double { elapsed.withLock { $0 } }

    /// Moves the clock on.
    func advance(_ seconds: Double) { elapsed.withLock { $0 += seconds } }
}

/// A hook that delegates after `delay`, recording how many calls of each session overlap.
final class OverlapRecordingHook: CodeHook {
    private struct State {
        var running: [String: Int] = [:]
        var worstPerSession = 0
        var runningAll = 0
        var worstOverall = 0
    }

    private let state = Mutex(State())
    let delay: Duration

    init(delay: Duration) {
        self.delay = delay
    }

    /// The most calls of one session that ran at once.
    var worstPerSession: Int { state.withLock { $0.worstPerSession } }
    /// The most calls that ran at once overall.
    var worstOverall: Int { state.withLock { $0.worstOverall } }

    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        state.withLock { state in
            state.running[event.sessionId, default: 0] += 1
            state.runningAll += 1
            state.worstPerSession = max(state.worstPerSession, state.running[event.sessionId]!)
            state.worstOverall = max(state.worstOverall, state.runningAll)
        }
        try await Task.sleep(for: delay)
        state.withLock { state in
            state.running[event.sessionId]! -= 1
            state.runningAll -= 1
        }
        return CodeHookResponse(
            sessionState: SessionState(dialogAction: DialogAction(type: .delegate), intent: event.sessionState.intent))
    }
}

/// A small two-locale bot with a 60 s idle timeout, served without a network.
enum ServerFixture {
    static let yaml = """
        name: TeaBot
        idleSessionTTL: 60
        locales:
          en_US:
            slotTypes:
              TeaKind:
                values:
                  - value: green
                  - value: black
            intents:
              OrderTea:
                utterances: [I want tea, tea please]
                dialogHook: true
                slots:
                  Kind:
                    type: TeaKind
                    prompt: Which tea would you like?
                closing: Your {Kind} tea is coming.
              FallbackIntent:
                parent: AMAZON.FallbackIntent
                closing: Sorry, I only serve tea.
          en_GB:
            slotTypes:
              TeaKind:
                values:
                  - value: green
                  - value: black
            intents:
              OrderTea:
                utterances: [I would like tea, tea please]
                slots:
                  Kind:
                    type: TeaKind
                    prompt: Which tea, then?
                closing: Your {Kind} tea is on its way.
              FallbackIntent:
                parent: AMAZON.FallbackIntent
                closing: Pardon?
        """

    /// The bot compiled as `meety-bot` compiles it.
    static func runtimeBot() throws -> RuntimeBot {
        var bag = DiagnosticBag()
        guard let validated = BotLoader().load(yaml, file: "tea.yaml", into: &bag) else {
            throw FixtureError(description: bag.diagnostics.map(\.message).joined(separator: "; "))
        }
        return RuntimeBot(export: LexCompiler().export(validated))
    }

    /// The API over the bot, with `hook` and `clock`.
    static func api(
        hook: (any CodeHook)? = nil, clock: any ServerClock = ManualServerClock(), verifier: SignatureVerifier? = nil,
        cors: CORSPolicy = .anyOrigin
    ) throws -> LexRuntimeAPI {
        let bot = try runtimeBot()
        let prepared = try PreparedBot(bot)
        let runtimes = bot.locales.map {
            (locale: $0.id, runtime: LexRuntime(prepared: prepared, codeHook: hook, clock: clock.wall))
        }
        let served = ServedBot(
            name: bot.name, id: ServedBot.identifier(for: bot), idleSessionTTLInSeconds: bot.idleSessionTTLInSeconds,
            runtimes: runtimes)
        return LexRuntimeAPI(bots: [served], clock: clock, verifier: verifier, cors: cors)
    }

    /// A RecognizeText request.
    static func say(_ text: String, session: String, locale: String = "en_US", bot: String = "TeaBot") -> APIRequest {
        APIRequest(
            method: "POST", target: "/bots/\(bot)/botAliases/TSTALIASID/botLocales/\(locale)/sessions/\(session)/text",
            headers: [(name: "Content-Type", value: "application/json")],
            body: Array(#"{"text": "\#(text)"}"#.utf8))
    }

    /// A GetSession request.
    static func get(session: String, locale: String = "en_US") -> APIRequest {
        APIRequest(method: "GET", target: "/bots/TeaBot/botAliases/TSTALIASID/botLocales/\(locale)/sessions/\(session)")
    }

    /// The JSON object of a response body.
    static func json(_ response: APIResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
    }

    /// The first message's content of a RecognizeText or GetSession answer.
    static func firstMessage(_ response: APIResponse) -> String? {
        ((json(response)["messages"] as? [[String: Any]])?.first)?["content"] as? String
    }
}

/// The fixture bot did not compile.
struct FixtureError: Error, CustomStringConvertible {
    var description: String
}
