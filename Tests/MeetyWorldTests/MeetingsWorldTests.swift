import CodeHooks
import ConversationRunner
import Conversations
import LexFacts
import MeetingRecords
import MeetyDiagnostics
import MeetyLambda
import MeetyWorld
import Testing

@Suite("Meetings world")
struct MeetingsWorldTests {
    private static let script = """
        name: admin
        given:
          meetings:
            - {meetingId: m-ann, attendeeName: Ann, email: ann@example.com, date: 2026-01-06,
               startTime: "10:00", endTime: "11:00", duration: "60", status: pending}
            - {meetingId: m-bob, attendeeName: Bob, email: bob@example.com, date: 2026-01-06,
               startTime: "13:00", endTime: "13:30", duration: "30", status: approved}
        turns:
          - approve: {attendeeName: Ann}
          - reject: {date: 2026-01-06}
        expect:
          meetings:
            created: []
            count: {approved: 2}
            absent: [{status: pending}]
        """

    private func load(_ text: String) throws -> ConversationScript {
        var bag = DiagnosticBag()
        let loaded = try #require(ConversationLoader().load(text, file: "w.yaml", into: &bag), "\(bag.diagnostics)")
        return try #require(loaded.scripts.first)
    }

    @Test("a session holds exactly the seeds, and steps change the one record their selector matches")
    func steps() async throws {
        let script = try load(Self.script)
        let session = try await MeetingsWorld().open(for: script, key: "w#0")
        let store = try #require((session as? MeetingsWorldSession)?.store)
        #expect(try await store.allMeetings().map(\.meetingId).sorted() == ["m-ann", "m-bob"])
        guard case .success(let approved) = await session.perform(script.steps[0].action) else {
            Issue.record("approve failed")
            return
        }
        #expect(approved.actor == "admin" && approved.action == "approve {attendeeName: Ann}")
        #expect(approved.result == "m-ann 2026-01-06 10:00-11:00 approved")
        #expect(approved.detail == "m-ann  Ann  ann@example.com  2026-01-06  10:00-11:00  60 min  approved")
        guard case .failure(let two) = await session.perform(script.steps[1].action) else {
            Issue.record("a selector matching two records must fail")
            return
        }
        #expect(two.code == .storeStepFailed)
        #expect(two.records.count == 2)
        #expect(two.message.hasPrefix("reject {date: 2026-01-06} matches 2 records (Ann 2026-01-06"))
        // Two approved, none pending: the script's expectations hold.
        #expect(await session.verify(script).isEmpty)
        await session.close()
    }

    @Test("expect.meetings reports each unmet part at its own line")
    func expectations() async throws {
        let script = try load(
            """
            name: expectations
            turns:
              - user: Hello
            expect:
              meetings:
                created: [{attendeeName: Ann}]
                count: {pending: 1}
            """)
        let session = try await MeetingsWorld().open(for: script, key: "e#0")
        let problems = await session.verify(script)
        #expect(problems.map(\.code) == [.meetingsMismatch, .meetingsMismatch])
        #expect(problems.map { $0.span?.start.line } == [6, 7])
        #expect(problems.first?.message == "expected 1 created meeting [{attendeeName: Ann}] but 0 were created: none")
    }

    @Test("a saved chat asserts the records it created, without their generated ids")
    func recordedExpectations() async throws {
        let session = try await MeetingsWorld().open(for: nil, key: "chat")
        let store = try #require((session as? MeetingsWorldSession)?.store)
        let date = try #require(CalendarDate(iso: "2026-01-06"))
        let interval = try #require(MinuteInterval(start: 11 * 60, duration: 30))
        _ = try await store.insertIfFree(
            Meeting(
                meetingId: "generated", attendeeName: "Alice", email: "alice@example.com", date: date,
                interval: interval, status: .pending))
        let recorded = await session.recordedExpectations()
        #expect(
            recorded.lines == [
                "expect:", "  meetings:", "    created:",
                "      - {attendeeName: Alice, email: alice@example.com, date: 2026-01-06, startTime: \"11:00\", "
                    + "endTime: \"11:30\", duration: 30, status: pending}",
            ])
        #expect(recorded.summary == "1 created meeting")
    }

    @Test("the meety hook refuses a world without a Meetings store, and serves one that has it")
    func meetyHookNeedsTheMeetingsWorld() async throws {
        let clock = FixedClock(try #require(LocalDateTime(iso: "2026-01-05T09:00")))
        let empty = try await EmptyWorld().open(for: nil, key: "x")
        await #expect(throws: MeetyHookSpecError.self) {
            _ = try await MeetyHookSpec().attach(HookContext(world: empty, clock: clock))
        }
        let meetings = try await MeetingsWorld().open(for: nil, key: "y")
        let attached = try await MeetyHookSpec().attach(HookContext(world: meetings, clock: clock))
        #expect(attached.hook is MeetyCodeHook)
    }

    @Test("a hook in its own process cannot use the in-memory store; clock steps need no store and pass")
    func outOfProcessHookOverTheInMemoryStore() throws {
        let script = try load(
            """
            name: clock and store
            given:
              meetings:
                - {meetingId: m, attendeeName: Ann, email: a@b.c, date: 2026-01-06,
                   startTime: "10:00", endTime: "11:00", duration: "60", status: pending}
            turns:
              - user: Hello
              - wait: 10m
              - clock: 2026-01-05T12:00
              - approve: {attendeeName: Ann}
            """)
        let problems = MeetingsWorld().check(script, hook: OwnProcessHook())
        #expect(problems.map(\.code) == [.worldUnavailable, .worldUnavailable])
        #expect(problems.map { $0.span?.start.line } == [4, 10])
        #expect(MeetingsWorld().check(script, hook: NoCodeHook()).isEmpty, "an in-process hook sees the store")
    }
}

/// A hook that runs in a process of its own, as a Python or Node.js one does.
private struct OwnProcessHook: CodeHookSpec {
    var name: String { "python:hook.py" }
    var waitsOnlyOnWorld: Bool { false }
    var runsInProcess: Bool { false }
    func attach(_ context: HookContext) async throws -> HookAttachment { HookAttachment(hook: nil) }
}
