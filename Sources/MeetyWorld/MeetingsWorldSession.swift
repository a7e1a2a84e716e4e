import ConversationRunner
import Conversations
import MeetingRecords
import MeetyDiagnostics
import MeetyLambda

/// One script's (or chat's) Meetings store: the records it was seeded with, the steps that change
/// them, and the check of `expect.meetings` at the end.
public struct MeetingsWorldSession: WorldSession {
    /// The store the `meety` hook books into.
    public let store: any MeetingStore
    /// The ids of the seeded records: every other record was created during the script.
    public let seededIDs: Set<String>
    /// What a hook process needs to reach the store.
    public let hookEnvironment: HookEnvironment
    private let cleanUp: @Sendable () async -> Void

    /// Creates a session over `store`; `close` is called when the script ends.
    public init(
        store: any MeetingStore, seededIDs: Set<String>, hookEnvironment: HookEnvironment = HookEnvironment(),
        close: @escaping @Sendable () async -> Void
    ) {
        self.store = store
        self.seededIDs = seededIDs
        self.hookEnvironment = hookEnvironment
        self.cleanUp = close
    }

    /// Approves or rejects the one record the step's selector matches.
    public func perform(_ action: ScriptStep.Action) async -> Result<WorldStepRecord, WorldStepFailure> {
        let approve: Bool
        let selector: MeetingSelector
        switch action {
        case .approve(let chosen): (approve, selector) = (true, chosen)
        case .reject(let chosen): (approve, selector) = (false, chosen)
        case .user: return .failure(WorldStepFailure(message: "a user turn is not a store step"))
        case .clock: return .failure(WorldStepFailure(message: "a clock step is not a store step"))
        }
        let verb = approve ? "approve" : "reject"
        do {
            let matches = try await store.allMeetings().filter { meeting in
                selector.matches { meeting.value(of: $0) }
            }
            guard matches.count == 1 else {
                let found =
                    matches.isEmpty
                    ? "no record" : "\(matches.count) records (\(MeetingText.list(matches)))"
                return .failure(
                    WorldStepFailure(
                        message: "\(verb) \(selector) matches \(found); it must match exactly one",
                        records: matches.map(MeetingText.line)))
            }
            let changed =
                approve
                ? try await store.approve(meetingId: matches[0].meetingId)
                : try await store.reject(meetingId: matches[0].meetingId)
            return .success(
                WorldStepRecord(
                    actor: "admin", action: "\(verb) \(selector)", result: changed.description,
                    detail: MeetingText.line(changed)))
        } catch {
            return .failure(WorldStepFailure(message: "\(verb) \(selector) failed: \(error)"))
        }
    }

    /// Checks `expect.meetings` against the store.
    public func verify(_ script: ConversationScript) async -> [Diagnostic] {
        guard let expected = script.expectedMeetings else { return [] }
        let all: [Meeting]
        do {
            all = try await store.allMeetings()
        } catch {
            return [
                .error(
                    .meetingsMismatch, "cannot read the Meetings store to check expect.meetings: \(error)",
                    at: expected.span)
            ]
        }
        return MeetingsCheck(all: all, seededIDs: seededIDs).problems(expected)
    }

    /// Every record, one per line.
    public func contents() async -> [String] {
        let all = (try? await store.allMeetings()) ?? []
        guard !all.isEmpty else { return ["no meetings in the store"] }
        return ["\(all.count) meeting\(all.count == 1 ? "" : "s") in the store:"]
            + all.map { "  " + MeetingText.line($0) }
    }

    /// `expect.meetings.created` listing every record created in the session, in its final state.
    public func recordedExpectations() async -> RecordedExpectations {
        let created = ((try? await store.allMeetings()) ?? []).filter { !seededIDs.contains($0.meetingId) }
        var lines = ["expect:", "  meetings:"]
        if created.isEmpty {
            lines.append("    created: []")
        } else {
            lines.append("    created:")
            for meeting in created {
                let pairs: [(String, String?)] = MeetingText.createdFields.map { ($0.rawValue, meeting.value(of: $0)) }
                lines.append("      - " + YAMLText.flowMapping(pairs))
            }
        }
        return RecordedExpectations(
            lines: lines, summary: "\(created.count) created meeting\(created.count == 1 ? "" : "s")")
    }

    /// Removes the store.
    public func close() async {
        await cleanUp()
    }
}
