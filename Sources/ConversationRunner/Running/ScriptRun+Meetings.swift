import Conversations
import MeetyDiagnostics
import MeetyLambda

extension ScriptRun {
    /// Checks `expect.meetings` against the store after the last step.
    mutating func checkMeetings(_ expected: MeetingExpectations, store: any MeetingStore, seededIDs: Set<String>) async
    {
        let all: [Meeting]
        do {
            all = try await store.allMeetings()
        } catch {
            fail(
                .meetingsMismatch, "cannot read the Meetings store to check expect.meetings: \(error)",
                at: expected.span)
            return
        }
        if let created = expected.created {
            let made = all.filter { !seededIDs.contains($0.meetingId) }
            if !Self.matchOneToOne(created.value, made) {
                let wanted = created.value.map(\.description).joined(separator: ", ")
                let actual = made.isEmpty ? "none" : Self.list(made)
                fail(
                    .meetingsMismatch,
                    "expected \(created.value.count) created meeting\(created.value.count == 1 ? "" : "s") [\(wanted)] "
                        + "but \(made.count) \(made.count == 1 ? "was" : "were") created: \(actual)",
                    at: created.span
                )
            }
        }
        for selector in expected.absent {
            let found = all.filter { meeting in selector.matches { meeting.attribute($0.rawValue) } }
            if !found.isEmpty {
                fail(
                    .meetingsMismatch, "expected no meeting matching \(selector) but found \(Self.list(found))",
                    at: selector.span)
            }
        }
        for count in expected.counts {
            let actual = all.filter { $0.status.rawValue == count.status.value.rawValue }.count
            if actual != count.count.value {
                fail(
                    .meetingsMismatch,
                    "expected \(count.count.value) \(count.status.value.rawValue) meeting\(count.count.value == 1 ? "" : "s") "
                        + "in the store but there \(actual == 1 ? "is" : "are") \(actual)",
                    at: count.count.span
                )
            }
        }
    }

    /// Whether each selector can be paired with a distinct meeting it matches, using every meeting.
    static func matchOneToOne(_ selectors: [MeetingSelector], _ meetings: [Meeting]) -> Bool {
        guard selectors.count == meetings.count else { return false }
        var used = [Bool](repeating: false, count: meetings.count)
        func assign(_ index: Int) -> Bool {
            if index == selectors.count { return true }
            for (position, meeting) in meetings.enumerated() where !used[position] {
                guard selectors[index].matches({ meeting.attribute($0.rawValue) }) else { continue }
                used[position] = true
                if assign(index + 1) { return true }
                used[position] = false
            }
            return false
        }
        return assign(0)
    }
}
