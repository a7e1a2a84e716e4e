import MeetyLambda
import Testing

extension StoreContract {
    func freeSlotIsInserted() async throws {
        let ann = meeting("m-ann", "2026-11-23", "10:00", "11:00", .approved)
        let alice = meeting("m-alice", "2026-11-23", "11:00", "11:30", name: "Alice")
        try await withStore([ann]) { (store) async throws in
            #expect(try await store.insertIfFree(alice) == .inserted(alice))
            #expect(try await store.meeting(id: "m-alice") == alice)
            #expect(try await store.meetings(status: .pending, on: Self.monday) == [alice])
            #expect(try await store.allMeetings() == [ann, alice])
        }
    }

    func overlapIsAConflictAndWritesNothing() async throws {
        let ann = meeting("m-ann", "2026-11-23", "10:00", "11:00", .approved)
        let bob = meeting("m-bob", "2026-11-23", "11:00", "11:30")
        let carol = meeting("m-carol", "2026-11-23", "12:00", "13:00")
        try await withStore([carol, bob, ann]) { (store) async throws in
            let request = meeting("m-new", "2026-11-23", "10:30", "11:15")
            #expect(try await store.insertIfFree(request) == .conflict([ann, bob]))
            #expect(try await store.meeting(id: "m-new") == nil)
            #expect(try await store.allMeetings() == [ann, bob, carol])
        }
    }

    func containedRequestIsAConflict() async throws {
        let ann = meeting("m-ann", "2026-11-23", "10:00", "11:00")
        try await withStore([ann]) { (store) async throws in
            let inside = meeting("m-inside", "2026-11-23", "10:15", "10:45")
            let same = meeting("m-same", "2026-11-23", "10:00", "11:00")
            let around = meeting("m-around", "2026-11-23", "09:00", "12:00")
            for request in [inside, same, around] {
                #expect(try await store.insertIfFree(request) == .conflict([ann]))
            }
            #expect(try await store.allMeetings() == [ann])
        }
    }

    func backToBackRejectedAndOtherDaysDoNotBlock() async throws {
        let ann = meeting("m-ann", "2026-11-23", "10:00", "11:00", .approved)
        let gone = meeting("m-gone", "2026-11-23", "12:00", "13:00", .rejected)
        try await withStore([ann, gone]) { (store) async throws in
            let before = meeting("m-before", "2026-11-23", "09:30", "10:00")
            let after = meeting("m-after", "2026-11-23", "11:00", "12:00")
            let onRejected = meeting("m-on-rejected", "2026-11-23", "12:00", "13:00")
            let tuesday = meeting("m-tuesday", "2026-11-24", "10:00", "11:00")
            let midnight = meeting("m-midnight", "2026-11-23", "23:00", "24:00")
            for request in [before, after, onRejected, tuesday, midnight] {
                #expect(try await store.insertIfFree(request) == .inserted(request))
            }
            #expect(try await store.allMeetings().count == 7)
        }
    }

    func duplicateIDIsRefused() async throws {
        let ann = meeting("m-ann", "2026-11-23", "10:00", "11:00", .approved)
        try await withStore([ann]) { (store) async throws in
            let freeSlot = meeting("m-ann", "2026-11-23", "15:00", "15:30", name: "Mallory")
            await #expect(throws: MeetingStoreError.duplicateMeetingId("m-ann")) {
                _ = try await store.insertIfFree(freeSlot)
            }
            let sameSlot = meeting("m-ann", "2026-11-23", "10:00", "10:30", name: "Mallory")
            await #expect(throws: MeetingStoreError.duplicateMeetingId("m-ann")) {
                _ = try await store.insertIfFree(sameSlot)
            }
            #expect(try await store.allMeetings() == [ann])
        }
    }

    func rejectedRecordIsStoredWithoutACheck() async throws {
        let ann = meeting("m-ann", "2026-11-23", "10:00", "11:00", .approved)
        try await withStore([ann]) { (store) async throws in
            let rejected = meeting("m-rejected", "2026-11-23", "10:00", "11:00", .rejected)
            #expect(try await store.insertIfFree(rejected) == .inserted(rejected))
            await #expect(throws: MeetingStoreError.duplicateMeetingId("m-rejected")) {
                _ = try await store.insertIfFree(rejected)
            }
            #expect(try await store.allMeetings() == [ann, rejected])
        }
    }
}
