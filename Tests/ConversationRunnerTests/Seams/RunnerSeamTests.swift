import CodeHooks
import ConversationRunner
import Conversations
import Foundation
import MeetyDiagnostics
import Testing

/// A world that records what the runner asks of it, for the tests of the seam.
private final class RecordingWorld: ConversationWorld, @unchecked Sendable {
    private let lock = NSLock()
    private var log: [String] = []

    var calls: [String] { lock.withLock { log } }
    func note(_ call: String) { lock.withLock { log.append(call) } }

    var description: String { "a recording world" }
    var isInProcess: Bool { true }
    func check(_ script: ConversationScript, hook: any CodeHookSpec) -> [Diagnostic] { [] }
    func open(for script: ConversationScript?, key: String) async throws -> any WorldSession {
        note("open \(script?.name.value ?? "-")")
        return RecordingSession(world: self)
    }
}

private struct RecordingSession: WorldSession {
    let world: RecordingWorld
    func perform(_ action: ScriptStep.Action) async -> Result<WorldStepRecord, WorldStepFailure> {
        world.note("perform")
        return .success(WorldStepRecord(actor: "admin", action: "did it", result: "done"))
    }
    func verify(_ script: ConversationScript) async -> [Diagnostic] {
        world.note("verify")
        return []
    }
    func contents() async -> [String] { [] }
    func recordedExpectations() async -> RecordedExpectations { RecordedExpectations() }
    func close() async { world.note("close") }
}

/// A spec whose hook closes every intent it is called for, counting attachments.
private final class CountingSpec: CodeHookSpec, @unchecked Sendable {
    private let lock = NSLock()
    private var counts = (attached: 0, detached: 0)
    var attached: Int { lock.withLock { counts.attached } }
    var detached: Int { lock.withLock { counts.detached } }

    var name: String { "counting" }
    var waitsOnlyOnWorld: Bool { true }
    func attach(_ context: HookContext) async throws -> HookAttachment {
        lock.withLock { counts.attached += 1 }
        return HookAttachment(hook: nil) { [self] in lock.withLock { counts.detached += 1 } }
    }
}

@Suite("Runner seams: worlds and hook specs")
struct RunnerSeamTests {
    @Test("user turns go to the simulator, every other step and the expectations to the world")
    func worldSeam() async throws {
        let world = RecordingWorld()
        let spec = CountingSpec()
        var bot = RunnerSupport.meetyBot
        bot.hook = spec
        let scripts = try RunnerSupport.scripts(
            """
            name: seam
            turns:
              - user: Hello
                intent: StartMeety
              - approve: {attendeeName: Ann}
              - user: Hi
            """)
        let results = await SuiteRunner(options: RunOptions(world: world)).run(
            scripts.map { SuiteRunner.Job(script: $0, bot: bot) })
        #expect(results.map(\.status) == [.passed], "\(results.map(\.failures))")
        #expect(world.calls == ["open seam", "perform", "verify", "close"])
        #expect(results.first?.transcript.map(\.session) == ["user", "admin", "user"])
        #expect(spec.attached == 1 && spec.detached == 1, "one attachment per script, let go at its end")
    }

    @Test("the empty world refuses every part of a script that needs records, at its line")
    func emptyWorld() throws {
        let script = try RunnerSupport.scripts(
            """
            name: needs records
            given:
              meetings:
                - {meetingId: m, attendeeName: Ann, email: a@b.c, date: 2026-01-06,
                   startTime: "10:00", endTime: "11:00", duration: "60", status: pending}
            turns:
              - user: Hello
              - approve: {attendeeName: Ann}
            expect:
              meetings:
                count: {pending: 1}
            """)[0]
        let problems = EmptyWorld().check(script, hook: NoCodeHook())
        #expect(problems.map(\.code) == [.worldUnavailable, .worldUnavailable, .worldUnavailable])
        #expect(problems.map { $0.span?.start.line } == [4, 8, 11])
        #expect(problems.first?.message.contains("code hook 'none' keeps no records") == true)
    }

    @Test("a hook catalog knows none and what is registered, by exact name")
    func catalog() {
        var catalog = CodeHookCatalog()
        #expect(catalog.names == ["none"])
        catalog.register(CountingSpec())
        #expect(catalog.names == ["counting", "none"])
        #expect(catalog.spec(named: "Counting") == nil)
    }

    @Test("a filter that selects nothing is an error; coverage below the minimum is an error")
    func gate() async throws {
        let jobs = try RunnerSupport.scripts("name: greeting\ntags: [hello]\nturns:\n  - user: Hello\n").map {
            SuiteRunner.Job(script: $0, bot: RunnerSupport.meetyBot)
        }
        var bag = DiagnosticBag()
        #expect(SuiteGate.select(jobs, filter: "HELLO", into: &bag) == nil, "tags match exactly")
        bag = DiagnosticBag()
        #expect(SuiteGate.select(jobs, filter: "hello", into: &bag)?.skipped == 0)
        #expect(SuiteGate.select(jobs, filter: "booking", into: &bag) == nil)
        #expect(bag.diagnostics.map(\.code) == [.noScriptSelected])
        bag = DiagnosticBag()
        let results = await SuiteRunner(options: RunOptions()).run(jobs)
        let coverage = CoverageReport.compute(bot: RunnerSupport.meetyBot.bot, results: results)
        SuiteGate.checkCoverage(coverage, minimum: 100, into: &bag)
        #expect(bag.diagnostics.map(\.code) == [.coverageBelowMinimum])
        bag = DiagnosticBag()
        SuiteGate.checkCoverage(coverage, minimum: nil, into: &bag)
        #expect(bag.diagnostics.isEmpty)
    }
}
