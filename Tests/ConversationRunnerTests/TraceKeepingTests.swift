import ConversationRunner
import MeetyWorld
import Testing

/// Results keep turn traces only when the run asks for them (coverage, change impact): a suite
/// holds every result until it reports, and the traces are most of their memory.
@Suite struct TraceKeepingTests {
    static let script = """
        name: traces
        turns:
          - user: Hello
            intent: StartMeety
          - user: I want to book a meeting
            intent: BookMeeting
        """

    func run(keepsTraces: Bool) async throws -> ScriptResult {
        let jobs = try RunnerSupport.scripts(Self.script).map {
            SuiteRunner.Job(script: $0, bot: RunnerSupport.meetyBot)
        }
        let options = RunOptions(world: MeetingsWorld(), keepsTraces: keepsTraces)
        return try #require(await SuiteRunner(options: options).run(jobs).first)
    }

    @Test("by default every turn's trace is kept, and coverage reads it")
    func keptByDefault() async throws {
        let result = try await run(keepsTraces: true)
        #expect(result.status == .passed)
        #expect(result.traces.count == 2)
        #expect(result.traces.map(\.recognizedIntent) == ["StartMeety", "BookMeeting"])
    }

    @Test("without traces the run and its transcript are the same, and no trace is held")
    func droppedOnRequest() async throws {
        let kept = try await run(keepsTraces: true)
        let dropped = try await run(keepsTraces: false)
        #expect(dropped.status == .passed)
        #expect(dropped.traces.isEmpty)
        #expect(dropped.transcript == kept.transcript)
        #expect(dropped.replyIntents == kept.replyIntents)
    }
}
