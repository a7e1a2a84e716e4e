import CodeHooks
import LexFacts
import MeetyLambda
import Testing

/// The contract's checks, written once against `any MeetingStore`.
struct StoreContract {
    let fixture: any StoreFixture

    static let monday = CalendarDate(iso: "2026-11-23")!
    static let tuesday = CalendarDate(iso: "2026-11-24")!

    /// Runs `body` on a fresh store holding `seeds` and removes the store afterwards, also when
    /// the body fails.
    func withStore(
        _ seeds: [Meeting], pageLimit: Int? = nil, _ body: (any MeetingStore) async throws -> Void
    ) async throws {
        let store = try await fixture.makeStore(seeds: seeds, pageLimit: pageLimit)
        do {
            try await body(store)
        } catch {
            await fixture.tearDown(store)
            throw error
        }
        await fixture.tearDown(store)
    }

    // MARK: reads

    func getReturnsTheRecordOrNil() async throws {
        let ann = meeting("m-ann", "2026-11-23", "10:00", "11:00", .approved)
        try await withStore([ann]) { (store) async throws in
            #expect(try await store.meeting(id: "m-ann") == ann)
            #expect(try await store.meeting(id: "m-nobody") == nil)
            #expect(try await store.meeting(id: "") == nil)
        }
    }

    func userTextRoundTripsUnchanged() async throws {
        // Names that look like expression syntax must be stored as data, never interpreted.
        let tricky = meeting(
            "id with spaces #status :date", "2026-11-23", "10:00", "10:30",
            name: "Zoë O'Brien) OR (#status = :pending \u{1F600} \"quoted\"")
        try await withStore([]) { (store) async throws in
            #expect(try await store.insertIfFree(tricky) == .inserted(tricky))
            #expect(try await store.meeting(id: tricky.meetingId) == tricky)
            #expect(try await store.meetings(status: .pending, on: Self.monday) == [tricky])
        }
    }

    func queryByStatusAndDateIsSorted() async throws {
        let late = meeting("a-late", "2026-11-23", "15:00", "15:30")
        let early = meeting("z-early", "2026-11-23", "09:00", "10:00")
        let sameStartShorter = meeting("m-short", "2026-11-23", "09:00", "09:30")
        let approved = meeting("m-approved", "2026-11-23", "12:00", "13:00", .approved)
        let otherDay = meeting("m-tuesday", "2026-11-24", "09:00", "10:00")
        try await withStore([late, early, sameStartShorter, approved, otherDay]) { (store) async throws in
            #expect(try await store.meetings(status: .pending, on: Self.monday) == [sameStartShorter, early, late])
            #expect(try await store.meetings(status: .approved, on: Self.monday) == [approved])
            #expect(try await store.meetings(status: .rejected, on: Self.monday) == [])
            #expect(try await store.meetings(status: .pending, on: Self.tuesday) == [otherDay])
        }
    }

    func activeMeetingsArePendingAndApproved() async throws {
        let pending = meeting("m-1", "2026-11-23", "13:00", "14:00")
        let approved = meeting("m-2", "2026-11-23", "09:00", "10:00", .approved)
        let rejected = meeting("m-3", "2026-11-23", "11:00", "12:00", .rejected)
        try await withStore([pending, approved, rejected]) { (store) async throws in
            #expect(try await store.activeMeetings(on: Self.monday) == [approved, pending])
        }
    }

    func listingsFollowEveryPage() async throws {
        // Seven records with pages of two: every listing needs several pages.
        let seeds =
            (0..<7).map { index in
                meeting(
                    "m-\(index)", "2026-11-23", "0\(index):00", "0\(index):30",
                    index.isMultiple(of: 3) ? .approved : .pending)
            } + [meeting("m-tue", "2026-11-24", "09:00", "09:30")]
        try await withStore(seeds, pageLimit: 2) { (store) async throws in
            #expect(try await store.allMeetings() == seeds.sorted(by: Meeting.storeOrder))
            let pending = seeds.filter { $0.status == .pending && $0.date == Self.monday }
            #expect(try await store.meetings(status: .pending, on: Self.monday) == pending)
            #expect(try await store.activeMeetings(on: Self.monday).count == 7)
        }
    }

    func seededOverlapsAreKeptAsGiven() async throws {
        let first = meeting("m-1", "2026-11-23", "10:00", "11:00", .approved)
        let overlapping = meeting("m-2", "2026-11-23", "10:30", "11:30", .approved)
        try await withStore([first, overlapping]) { (store) async throws in
            #expect(try await store.allMeetings() == [first, overlapping])
            let request = meeting("m-new", "2026-11-23", "10:45", "11:15")
            #expect(try await store.insertIfFree(request).conflictIDs == ["m-1", "m-2"])
        }
    }
}
