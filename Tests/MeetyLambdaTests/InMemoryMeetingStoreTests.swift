import CodeHooks
import MeetyLambda
import Testing

@Suite("In-memory meetings store")
struct InMemoryMeetingStoreTests {
    @Test("get by id, query by status and date, list sorted")
    func reads() async throws {
        let store = try InMemoryMeetingStore(meetings: [
            try Fixtures.meeting("b", "2026-11-23", "14:00", "15:00", .pending),
            try Fixtures.meeting("a", "2026-11-23", "10:00", "11:00"),
            try Fixtures.meeting("c", "2026-11-24", "09:00", "09:30", .rejected),
            try Fixtures.meeting("d", "2026-11-23", "09:00", "09:30", .approved),
        ])
        #expect(try await store.meeting(id: "a")?.attendeeName == "Ann")
        #expect(try await store.meeting(id: "zz") == nil)
        #expect(try await store.meetings(status: .approved, on: Fixtures.monday).map(\.meetingId) == ["d", "a"])
        #expect(try await store.meetings(status: .pending, on: Fixtures.monday).map(\.meetingId) == ["b"])
        #expect(try await store.meetings(status: .rejected, on: Fixtures.monday).isEmpty)
        #expect(try await store.activeMeetings(on: Fixtures.monday).map(\.meetingId) == ["d", "a", "b"])
        #expect(try await store.allMeetings().map(\.meetingId) == ["d", "a", "b", "c"])
    }

    @Test("seeding refuses duplicate ids")
    func duplicateSeed() throws {
        #expect(throws: MeetingStoreError.duplicateMeetingId("a")) {
            try InMemoryMeetingStore(meetings: [try Fixtures.ann().withId("a"), try Fixtures.ann().withId("a")])
        }
    }

    @Test("insert-if-free writes a free slot and answers the overlapping meetings otherwise")
    func insertIfFree() async throws {
        let store = try InMemoryMeetingStore(meetings: [
            try Fixtures.ann(), try Fixtures.meeting("gone", "2026-11-23", "11:00", "12:00", .rejected),
            try Fixtures.meeting("p", "2026-11-23", "12:00", "12:30", .pending),
        ])
        let free = try Fixtures.meeting("new", "2026-11-23", "11:00", "12:00", .pending)
        #expect(try await store.insertIfFree(free) == .inserted(free))
        let inside = try Fixtures.meeting("inside", "2026-11-23", "10:15", "10:45", .pending)
        #expect(try await store.insertIfFree(inside) == .conflict([try Fixtures.ann()]))
        let both = try Fixtures.meeting("both", "2026-11-23", "10:30", "12:15", .pending)
        #expect(try await store.insertIfFree(both).conflictIds == ["m-ann", "new", "p"])
        let otherDay = try Fixtures.meeting("tue", "2026-11-24", "10:00", "11:00", .pending)
        #expect(try await store.insertIfFree(otherDay) == .inserted(otherDay))
        let rejected = try Fixtures.meeting("r", "2026-11-23", "10:00", "11:00", .rejected)
        #expect(try await store.insertIfFree(rejected) == .inserted(rejected))
        #expect(try await store.meeting(id: "inside") == nil)
        #expect(try await store.meeting(id: "both") == nil)
        await #expect(throws: MeetingStoreError.duplicateMeetingId("new")) { try await store.insertIfFree(free) }
    }

    @Test("approve and reject change the status and fail clearly for unknown ids")
    func statusChanges() async throws {
        let pending = try Fixtures.meeting("p", "2026-11-23", "11:00", "12:00", .pending)
        let store = try InMemoryMeetingStore(meetings: [pending])
        #expect(try await store.approve(meetingId: "p").status == .approved)
        #expect(try await store.approve(meetingId: "p").status == .approved)
        #expect(try await store.reject(meetingId: "p").status == .rejected)
        #expect(try await store.meeting(id: "p")?.status == .rejected)
        await #expect(throws: MeetingStoreError.notFound(meetingId: "nope")) {
            try await store.approve(meetingId: "nope")
        }
        await #expect(throws: MeetingStoreError.notFound(meetingId: "nope")) {
            try await store.reject(meetingId: "nope")
        }
        #expect(MeetingStoreError.notFound(meetingId: "nope").description == "no meeting has meetingId 'nope'")
    }

    @Test("approving a rejected meeting whose slot was taken since is refused")
    func reapproveConflict() async throws {
        let store = try InMemoryMeetingStore(meetings: [
            try Fixtures.meeting("old", "2026-11-23", "11:00", "12:00", .rejected)
        ])
        let taker = try Fixtures.meeting("taker", "2026-11-23", "11:30", "12:00", .pending)
        #expect(try await store.insertIfFree(taker) == .inserted(taker))
        await #expect(throws: MeetingStoreError.conflict(meetingId: "old", with: [taker])) {
            try await store.approve(meetingId: "old")
        }
        #expect(try await store.meeting(id: "old")?.status == .rejected)
        try await store.reject(meetingId: "taker")
        #expect(try await store.approve(meetingId: "old").status == .approved)
    }
}
