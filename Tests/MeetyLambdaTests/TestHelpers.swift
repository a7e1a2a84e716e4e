import MeetyLambda

extension Meeting {
    func withId(_ id: String) -> Meeting {
        var copy = self
        copy.meetingId = id
        return copy
    }
}

extension InsertOutcome {
    var conflictIds: [String] {
        if case .conflict(let meetings) = self { return meetings.map(\.meetingId) }
        return []
    }
}
