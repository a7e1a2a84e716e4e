import CodeHooks
import ConversationRunner
import Conversations
import LexFacts
import LexModel
import LexRuntime
import MeetyDiagnostics
import MeetyTestSupport
import Testing

/// A hook that answers every call by closing the intent with the time its clock says.
private struct ClockHook: CodeHook {
    let clock: any WallClock

    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        var intent = event.sessionState.intent ?? Intent(name: "BookMeeting")
        intent.state = .fulfilled
        return CodeHookResponse(
            sessionState: SessionState(dialogAction: DialogAction(type: .close), intent: intent),
            messages: [.plain("now " + clock.now().iso)])
    }
}

/// Attaches a `ClockHook` on the clock the runner hands over.
private struct ClockHookSpec: CodeHookSpec {
    var name: String { "clock" }
    var waitsOnlyOnWorld: Bool { true }

    func attach(_ context: HookContext) async throws -> HookAttachment {
        HookAttachment(hook: ClockHook(clock: context.clock))
    }
}

/// The runner's side of flows: clock steps, `hooks:` and `contexts:` checks, and coverage of flows.
@Suite("Runner: flows and the script's clock")
struct FlowRunnerTests {
    @Test("a clock step moves the clock the hook sees, and shows in the transcript")
    func clockMovesTheHook() async throws {
        var bot = RunnerSupport.meetyBot
        bot.hook = ClockHookSpec()
        let scripts = try RunnerSupport.scripts(
            """
            name: time passes
            now: 2026-11-20T09:00
            turns:
              - user: book a meeting
                bot: now 2026-11-20T09:00
              - wait: 1h30m
              - user: book a meeting
                bot: now 2026-11-20T10:30
              - clock: 2026-11-21T08:00
              - user: book a meeting
                bot: now 2026-11-21T08:00
            """)
        let results = await SuiteRunner(options: RunOptions()).run(scripts.map { .init(script: $0, bot: bot) })
        let result = try #require(results.first)
        #expect(result.status == .passed, "\(result.failures)")
        #expect(
            result.transcript[1] == .init(session: "clock", user: "wait 1h30m", bot: "", state: "now 2026-11-20T10:30"))
    }

    @Test("hooks: the calls a turn made, in order; a difference names both")
    func hooks() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: hook calls
            turns:
              - user: Hello
                hooks: []
              - user: book a meeting
                hooks: [DialogCodeHook]
              - user: Alice
                hooks: [FulfillmentCodeHook, DialogCodeHook]
            """)
        #expect(result.status == .failed)
        #expect(
            result.failures.map(\.message) == [
                "turn 3: expected hook calls [FulfillmentCodeHook, DialogCodeHook] but the turn made DialogCodeHook"
            ])
    }

    @Test("contexts: the exact set, and a named context that must or must not be active")
    func contexts() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: contexts
            turns:
              - user: Hello
                contexts: []
              - user: Hello
                contexts: {greeted: null}
              - user: Hello
                contexts: {greeted: {turns: 1}}
            """)
        #expect(
            result.failures.map(\.message) == ["turn 3: expected context greeted to be active but no context is active"]
        )
    }

    @Test("the session ends after the bot's idle timeout on the script's clock; before it, the dialog goes on")
    func idleTimeout() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: idle
            turns:
              - user: book a meeting on 2026-01-06
                slot: FullName
              - wait: 4m59s
              - user: Alice
                slots: {FullName: Alice}
              - wait: 5m
              - user: Bob
                intent: FallbackIntent
            """)
        #expect(result.status == .passed, "\(result.failures)")
    }

    @Test("coverage counts next steps, branches and labelled hook steps, and names those no script reached")
    func coverage() async throws {
        var bag = DiagnosticBag()
        let directory = TestResources.path("Tests/LexModelTests/Fixtures/real-bots/reminderbot/export")
        let export = try #require(LexExportReader().read(directory: directory, into: &bag))
        let bot = BotUnderTest(source: "reminderbot", bot: RuntimeBot(export: export), hook: NoCodeHook())
        var scriptBag = DiagnosticBag()
        let file = try #require(
            ConversationLoader().load(
                """
                name: email in range on the second try
                turns:
                  - user: Please send me an email
                  - user: "9"
                  - user: "3"
                    state: Fulfilled
                """, file: "t.yaml", into: &scriptBag))
        let results = await SuiteRunner(options: RunOptions()).run(file.scripts.map { .init(script: $0, bot: bot) })
        #expect(results.first?.status == .passed, "\(results.first?.failures ?? [])")
        let report = CoverageReport.compute(bot: bot.bot, results: results)
        let branches = try #require(report.categories.first { $0.name == "branches" })
        #expect(branches.total == 10)
        #expect(branches.covered == 3)
        #expect(branches.missing.contains("EmailIntent.slot.DaysBefore.capture branch DaysLessThan1"))
        #expect(!branches.missing.contains("EmailIntent.slot.DaysBefore.capture branch DaysGreaterThan7"))
        let hookSteps = try #require(report.categories.first { $0.name == "hook steps" })
        #expect(hookSteps.total == 6)
        #expect(
            hookSteps.missing.sorted() == [
                "CallIntent.initial code hook CallIntent_InitialCodeHook",
                "CallIntent.slot.Time code hook CallIntent_TimeSlot_ValidationCodeHook",
                "CallIntent.slot.Time elicitation hook CallIntent_TimeSlot_PromptCodeHook",
                "FallbackIntent.initial code hook FallbackIntent_InitialCodeHook",
            ])
        let nextSteps = try #require(report.categories.first { $0.name == "next steps" })
        #expect(!nextSteps.missing.contains("EmailIntent.initial → EvaluateConditional"))
        #expect(nextSteps.missing.contains("CallIntent.initial → InvokeDialogCodeHook"))
    }
}
