import Conversations
import MeetingRecords
import MeetyDiagnostics
import MeetyLambda

/// Compares the Meetings store after the last step with a script's `expect.meetings`.
struct MeetingsCheck {
    /// Every record in the store.
    let all: [Meeting]
    /// The ids of the records the script seeded.
    let seededIDs: Set<String>

    /// One diagnostic per unmet part of `expected`, in the order the script writes them.
    func problems(_ expected: MeetingExpectations) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let created = expected.created {
            let made = all.filter { !seededIDs.contains($0.meetingId) }
            if !Self.matchOneToOne(created.value, made) {
                let wanted = created.value.map(\.description).joined(separator: ", ")
                let actual = made.isEmpty ? "none" : MeetingText.list(made)
                problems.append(
                    .error(
                        .meetingsMismatch,
                        "expected \(created.value.count) created meeting\(created.value.count == 1 ? "" : "s") [\(wanted)] "
                            + "but \(made.count) \(made.count == 1 ? "was" : "were") created: \(actual)",
                        at: created.span
                    ))
            }
        }
        for selector in expected.absent {
            let found = all.filter { meeting in selector.matches { meeting.value(of: $0) } }
            if !found.isEmpty {
                problems.append(
                    .error(
                        .meetingsMismatch,
                        "expected no meeting matching \(selector) but found \(MeetingText.list(found))",
                        at: selector.span))
            }
        }
        for count in expected.counts {
            let actual = all.filter { $0.status == count.status.value }.count
            if actual != count.count.value {
                problems.append(
                    .error(
                        .meetingsMismatch,
                        "expected \(count.count.value) \(count.status.value.rawValue) meeting\(count.count.value == 1 ? "" : "s") "
                            + "in the store but there \(actual == 1 ? "is" : "are") \(actual)",
                        at: count.count.span
                    ))
            }
        }
        return problems
    }

    /// Whether each selector can be paired with a distinct meeting it matches, using every meeting.
    static func matchOneToOne(_ selectors: [MeetingSelector], _ meetings: [Meeting]) -> Bool {
        guard selectors.count == meetings.count else { return false }
        var used = [Bool](repeating: false, count: meetings.count)
        func assign(_ index: Int) -> Bool {
            if index == selectors.count { return true }
            for (position, meeting) in meetings.enumerated() where !used[position] {
                guard selectors[index].matches({ meeting.value(of: $0) }) else { continue }
                used[position] = true
                if assign(index + 1) { return true }
                used[position] = false
            }
            return false
        }
        return assign(0)
    }
}
