import CodeHooks
import ConversationRunner
import Conversations
import Foundation
import LexFacts
import MeetingRecords
import MeetyDiagnostics
import MeetyLambda
import MeetyWorld
import Testing

/// A hook that misbehaves in a chosen way on the first call for BookMeeting.
struct FaultyHook: CodeHook {
    enum Fault: Sendable { case throwsError, missingSlotToElicit, unknownAction, unknownSlot, neverReturns }
    let fault: Fault

    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        let intent = event.sessionState.intent ?? Intent(name: "BookMeeting")
        func respond(_ type: String, slot: String? = nil) -> CodeHookResponse {
            CodeHookResponse(
                sessionState: SessionState(
                    dialogAction: DialogAction(type: DialogActionType(rawValue: type), slotToElicit: slot),
                    intent: intent
                )
            )
        }
        switch fault {
        case .throwsError: throw FaultError()
        case .missingSlotToElicit: return respond("ElicitSlot")
        case .unknownAction: return respond("Dance")
        case .unknownSlot: return respond("ElicitSlot", slot: "Crust")
        case .neverReturns:
            while true { try? await Task.sleep(for: .seconds(3600)) }
        }
    }
}

/// A hook that lets the bot's flow run (it delegates) and fails every fulfillment call.
struct FailingFulfillmentHook: CodeHook {
    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        guard event.invocationSource == .fulfillmentCodeHook else {
            return CodeHookResponse(
                sessionState: SessionState(
                    dialogAction: DialogAction(type: .delegate), intent: event.sessionState.intent))
        }
        throw FaultError()
    }
}

private struct FaultError: Error, CustomStringConvertible {
    var description: String { "connection reset by peer" }
}

/// A store whose insert always fails, as DynamoDB does when it is unavailable.
private actor FailingInsertStore: MeetingStore {
    let inner: InMemoryMeetingStore
    init() throws { inner = try InMemoryMeetingStore() }
    func meeting(id meetingId: String) async throws(MeetingStoreError) -> Meeting? {
        try await inner.meeting(id: meetingId)
    }
    func meetings(status: MeetingStatus, on date: CalendarDate) async throws(MeetingStoreError) -> [Meeting] {
        try await inner.meetings(status: status, on: date)
    }
    func insertIfFree(_ meeting: Meeting) async throws(MeetingStoreError) -> InsertOutcome {
        throw .unavailable("ProvisionedThroughputExceededException: injected")
    }
    func approve(meetingId: String) async throws(MeetingStoreError) -> Meeting {
        try await inner.approve(meetingId: meetingId)
    }
    func reject(meetingId: String) async throws(MeetingStoreError) -> Meeting {
        try await inner.reject(meetingId: meetingId)
    }
    func allMeetings() async throws(MeetingStoreError) -> [Meeting] { try await inner.allMeetings() }
}

private struct FailingStores: MeetingStoreProvider {
    var description: String { "a failing store" }
    func makeStore(for scriptKey: String, seededWith meetings: [Meeting]) async throws -> any MeetingStore {
        try FailingInsertStore()
    }
    func cleanUp(_ store: any MeetingStore, for scriptKey: String) async {}
}

@Suite("Runner: fault injection")
struct FaultInjectionTests {
    private let scripts = """
        conversations:
          - name: needs the hook
            turns:
              - user: I want to book a meeting
                slot: FullName
          - name: greeting without hooks
            turns:
              - user: Hello
                intent: StartMeety
        """

    /// Faults that answer at once get a limit no loaded machine reaches (a sanitizer run keeps both
    /// cores busy with other suites for seconds); only the hook that never answers gets a short one.
    private static let generousTimeout = Duration.seconds(120)

    /// A whole booking that expects the fulfillment to succeed on its last turn.
    private static func booking(named name: String) -> String {
        """
        name: \(name)
        now: 2026-11-20T09:00
        turns:
          - user: book a meeting on 2026-11-23 at 10:00
          - user: my name is Alice
          - user: 30 minutes
          - user: alice@example.com
          - user: yes
            state: Fulfilled
        """
    }

    private func run(_ fault: FaultyHook.Fault, timeout: Duration = generousTimeout) async throws -> [ScriptResult] {
        try await run(hook: FaultyHook(fault: fault), timeout: timeout)
    }

    private func run(
        hook: some CodeHook, timeout: Duration = generousTimeout, scripts: [ConversationScript]? = nil
    ) async throws -> [ScriptResult] {
        var bot = RunnerSupport.meetyBot
        bot.hook = FixedHookSpec(name: "faulty", hook: hook)
        let jobs = try (scripts ?? RunnerSupport.scripts(self.scripts)).map { SuiteRunner.Job(script: $0, bot: bot) }
        return await SuiteRunner(options: RunOptions(jobs: 2, turnTimeout: timeout, world: MeetingsWorld())).run(jobs)
    }

    @Test(
        "a misbehaving hook fails its turn with a clear message and the other scripts still run",
        arguments: [
            (FaultyHook.Fault.throwsError, "threw an error: connection reset by peer"),
            (.missingSlotToElicit, "ElicitSlot needs sessionState.dialogAction.slotToElicit"),
            (.unknownAction, "invalid dialog action type 'Dance'"),
            (.unknownSlot, "slot to elicit 'Crust' is not a slot of intent 'BookMeeting'"),
        ]
    )
    func misbehavingHook(fault: FaultyHook.Fault, expected: String) async throws {
        let results = try await run(fault)
        #expect(results.map(\.status) == [.failed, .passed])
        let failure = try #require(results[0].failures.first)
        #expect(failure.code == .turnError)
        #expect(failure.message.hasPrefix("turn 1: the dialog code hook for intent 'BookMeeting'"))
        #expect(failure.message.contains(expected), "\(failure.message)")
        #expect(failure.span?.start.line == 4)
    }

    @Test(
        "a hook reached through JSON that leaves out required fields fails its turn, naming the field",
        arguments: [
            (#"{"messages": []}"#, "missing field sessionState"),
            (
                #"{"sessionState": {"dialogAction": {"slotToElicit": "FullName"}}}"#,
                "missing field sessionState.dialogAction.type"
            ),
            (
                #"{"sessionState": {"dialogAction": {"type": "Close"}, "intent": {"state": "Fulfilled"}}}"#,
                "missing field sessionState.intent.name"
            ),
            ("not json at all", "not valid JSON"),
        ]
    )
    func responseMissingFields(reply: String, expected: String) async throws {
        let results = try await run(hook: JSONTransportHook { _ in Data(reply.utf8) })
        #expect(results.map(\.status) == [.failed, .passed])
        let failure = try #require(results[0].failures.first)
        #expect(failure.code == .turnError)
        #expect(
            failure.message.hasPrefix(
                "turn 1: the dialog code hook for intent 'BookMeeting' returned a response that cannot be read: "),
            "\(failure.message)")
        #expect(failure.message.contains(expected), "\(failure.message)")
        #expect(failure.span?.start.line == 4)
    }

    @Test(
        "a hook that never returns times out; the run ends and the other script passes",
        .timeLimit(.minutes(1))
    )
    func hungHook() async throws {
        let results = try await run(.neverReturns, timeout: .milliseconds(200))
        #expect(results.map(\.status) == [.failed, .passed])
        #expect(
            results[0].failures.first?.message
                == "turn 1: the dialog code hook for intent 'BookMeeting' did not answer within 0.2 seconds")
    }

    @Test("a failed fulfillment hook takes the failure path, and the turn's mismatch names the hook's error")
    func failedFulfillmentHookIsNamed() async throws {
        let scripts = try RunnerSupport.scripts(Self.booking(named: "fulfillment fails"))
        let results = try await run(hook: FailingFulfillmentHook(), scripts: scripts)
        let failure = try #require(results.first?.failures.first)
        #expect(failure.message == "turn 5: expected intent state Fulfilled but it is Failed")
        #expect(
            failure.notes.first?.message
                == "the fulfillment code hook for intent 'BookMeeting' threw an error: connection reset by peer")
        #expect(results.first?.failures.count == 1)
    }

    @Test("a store that fails on insert makes the LexLambda apologise and write nothing")
    func failingStore() async throws {
        let script = try RunnerSupport.scripts(Self.booking(named: "store down"))
        let others = try RunnerSupport.scripts(scripts)
        let jobs = (script + others).map { SuiteRunner.Job(script: $0, bot: RunnerSupport.meetyBot) }
        let results = await SuiteRunner(
            options: RunOptions(
                jobs: 2, turnTimeout: Self.generousTimeout, world: MeetingsWorld(stores: FailingStores()))
        ).run(jobs)
        #expect(results.map(\.status) == [.failed, .passed, .passed])
        let failure = try #require(results.first?.failures.first)
        #expect(failure.code == .turnMismatch)
        #expect(failure.message == "turn 5: expected intent state Fulfilled but it is Failed")
        #expect(results.first?.transcript.last?.bot.contains("nothing was booked") == true)
    }
}
