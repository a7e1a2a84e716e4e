import ConversationRunner
import MeetyDiagnostics
import Testing

@Suite("Runner: turn expectations")
struct ExpectationTests {
    @Test("a passing script passes and its transcript records every exchange")
    func passing() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: greeting
            turns:
              - user: Hello
                intent: StartMeety
                action: ElicitIntent
                state: Fulfilled
                bot: {contains: "I'm Meety"}
            """
        )
        #expect(result.status == .passed, "\(result.failures)")
        #expect(result.transcript.count == 1)
        // MeetyBot's greeting closes with `then: ElicitIntent`: the bot keeps listening.
        #expect(result.transcript[0].state == "StartMeety · ElicitIntent · Fulfilled")
    }

    @Test("each unmet expectation is reported at the step's line with expected and actual values")
    func mismatchMessages() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: wrong on purpose
            turns:
              - user: I want to book a meeting
              - user: my name is Alice
                intent: BookMeeting
                action: ElicitSlot
                slot: MeetingTime
                state: Fulfilled
                confirmation: Confirmed
                bot: What time?
                slots: {FullName: Bob, MeetingDate: 2026-01-06}
                session: {channel: web}
            """
        )
        #expect(result.status == .failed)
        let messages = result.failures.map(\.message)
        #expect(
            messages == [
                "turn 2: expected reply \"What time?\" but the bot said \"Which day would you like to meet?\"",
                "turn 2: expected action ElicitSlot(MeetingTime) but the bot elicited slot MeetingDate",
                "turn 2: expected intent state Fulfilled but it is InProgress",
                "turn 2: expected confirmation Confirmed but it is None",
                "turn 2: expected slot FullName = Bob but it is \"Alice\"",
                "turn 2: expected slot MeetingDate = 2026-01-06 but it is unset",
                "turn 2: expected session attribute channel = web but it is absent",
            ]
        )
        #expect(result.failures.allSatisfy { $0.code == .turnMismatch && $0.span?.start.line == 4 })
        #expect(result.failures[0].notes.first?.span?.start.line == 10)
        #expect(result.transcript.count == 2)
    }

    @Test("the run stops at the first failing step")
    func stopsAtFirstFailure() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: stops
            turns:
              - user: Hello
                intent: BookMeeting
              - user: I want to book a meeting
            """
        )
        #expect(
            result.failures.map(\.message) == [
                "turn 1: expected intent BookMeeting but the reply came from intent StartMeety"
            ])
        #expect(result.transcript.count == 1)
    }

    @Test("given.session seeds every session; a null expectation means unset")
    func givenSessionAndNull() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: session
            given:
              session: {channel: web}
            turns:
              - user: I want to book a meeting
                session: {channel: web, missing: null}
                slots: {FullName: null}
              - as: bob
                user: Hello
                session: {channel: web}
            """
        )
        #expect(result.status == .passed, "\(result.failures)")
    }

    @Test("scripts give identical results whatever the number of jobs")
    func jobsDoNotChangeResults() async throws {
        let yaml = """
            conversations:
              - name: one
                turns: [{user: Hello, intent: StartMeety}]
              - name: two
                turns: [{user: book a meeting, slot: FullName}]
              - name: three
                turns: [{user: Hello, intent: BookMeeting}]
              - name: four
                turns: [{user: blah blah blah, intent: FallbackIntent}]
            """
        let serial = try await RunnerSupport.run(yaml, parallel: 1)
        let parallel = try await RunnerSupport.run(yaml, parallel: 4)
        #expect(serial.map(\.name) == ["one", "two", "three", "four"])
        #expect(parallel.map(\.name) == serial.map(\.name))
        #expect(parallel.map(\.status) == [.passed, .passed, .failed, .passed])
        #expect(parallel.map { $0.failures.map(\.message) } == serial.map { $0.failures.map(\.message) })
    }
}
