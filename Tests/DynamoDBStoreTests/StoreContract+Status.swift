import MeetyLambda
import Testing

extension StoreContract {
    func approvingPendingOrApprovedKeepsTheSlot() async throws {
        let pending = meeting("m-1", "2026-11-23", "10:00", "11:00")
        try await withStore([pending]) { (store) async throws in
            var approved = pending
            approved.status = .approved
            #expect(try await store.approve(meetingId: "m-1") == approved)
            #expect(try await store.approve(meetingId: "m-1") == approved)
            #expect(try await store.meetings(status: .pending, on: Self.monday) == [])
            #expect(try await store.meetings(status: .approved, on: Self.monday) == [approved])
            #expect(try await store.insertIfFree(meeting("m-2", "2026-11-23", "10:30", "11:00")).conflictIDs == ["m-1"])
        }
    }

    func approvingRejectedRechecksTheSlot() async throws {
        let rejected = meeting("m-old", "2026-11-23", "10:00", "11:00", .rejected)
        try await withStore([rejected]) { (store) async throws in
            let taker = meeting("m-taker", "2026-11-23", "10:30", "11:30")
            #expect(try await store.insertIfFree(taker) == .inserted(taker))
            await #expect(throws: MeetingStoreError.conflict(meetingId: "m-old", with: [taker])) {
                try await store.approve(meetingId: "m-old")
            }
            #expect(try await store.meeting(id: "m-old")?.status == .rejected)
            try await store.reject(meetingId: "m-taker")
            #expect(try await store.approve(meetingId: "m-old").status == .approved)
            // Active again: it blocks its slot for new bookings.
            let late = meeting("m-late", "2026-11-23", "10:45", "11:15")
            #expect(try await store.insertIfFree(late).conflictIDs == ["m-old"])
        }
    }

    func rejectingFreesTheSlot() async throws {
        let ann = meeting("m-ann", "2026-11-23", "10:00", "11:00", .approved)
        try await withStore([ann]) { (store) async throws in
            var rejected = ann
            rejected.status = .rejected
            #expect(try await store.reject(meetingId: "m-ann") == rejected)
            #expect(try await store.reject(meetingId: "m-ann") == rejected)
            #expect(try await store.activeMeetings(on: Self.monday) == [])
            let alice = meeting("m-alice", "2026-11-23", "10:00", "11:00", name: "Alice")
            #expect(try await store.insertIfFree(alice) == .inserted(alice))
        }
    }

    func unknownIDsAreNotFound() async throws {
        try await withStore([]) { (store) async throws in
            await #expect(throws: MeetingStoreError.notFound(meetingId: "m-x")) {
                try await store.approve(meetingId: "m-x")
            }
            await #expect(throws: MeetingStoreError.notFound(meetingId: "m-x")) {
                try await store.reject(meetingId: "m-x")
            }
            #expect(try await store.allMeetings() == [])
        }
    }
}
