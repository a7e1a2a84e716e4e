import Conversations
import MeetyLambda

extension ChatSession {
    /// The `:meetings` listing: every record in the store, in store order.
    func meetings() async -> ChatReply {
        let all = await store.allMeetings()
        guard !all.isEmpty else { return ChatReply(lines: [.out("no meetings in the store")]) }
        var lines = ["\(all.count) meeting\(all.count == 1 ? "" : "s") in the store:"]
        lines += all.map { "  " + formatter.meeting($0) }
        return ChatReply(lines: lines.map(ChatReply.Line.out))
    }

    /// Approves or rejects the one record `selector` matches, as a script's store step does, and
    /// records the step; none or several matches is an error and changes nothing.
    mutating func storeAction(approve: Bool, selector: MeetingSelector) async -> ChatReply {
        let verb = approve ? "approve" : "reject"
        let matches = await store.allMeetings().filter { meeting in
            selector.matches { meeting.attribute($0.rawValue) }
        }
        guard matches.count == 1 else {
            var lines: [ChatReply.Line] = [
                .err(error("\(verb) \(selector) matches \(matches.count) records; it must match exactly one"))
            ]
            lines += matches.map { .err("  " + formatter.meeting($0)) }
            return ChatReply(lines: lines)
        }
        do {
            let changed =
                approve
                ? try await store.approve(meetingId: matches[0].meetingId)
                : try await store.reject(meetingId: matches[0].meetingId)
            recording.append(.storeAction(approve: approve, selector: selector))
            return ChatReply(lines: [.out("\(approve ? "approved" : "rejected"): " + formatter.meeting(changed))])
        } catch {
            return ChatReply(lines: [.err(self.error("\(verb) \(selector) failed: \(error)"))])
        }
    }
}
