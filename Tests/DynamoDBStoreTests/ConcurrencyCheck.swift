import CodeHooks
import Foundation
import LexFacts
import MeetyLambda
import Testing

/// The invariant insert-if-free exists for: many sessions booking overlapping slots of one day
/// at the same moment. Afterwards no two active meetings overlap, every accepted booking is
/// stored exactly once, nothing refused is stored, and every refusal names a real clash.
struct ConcurrencyCheck {
    let fixture: any StoreFixture

    /// How one run went, for the test log.
    struct Tally: CustomStringConvertible {
        var attempted = 0
        var accepted = 0
        var conflicts = 0
        var failures: [String] = []
        var overlaps = 0
        var elapsed = Duration.zero

        var description: String {
            "attempted \(attempted), accepted \(accepted), conflicts \(conflicts), failures \(failures.count), "
                + "overlaps \(overlaps), in \(elapsed.formatted(.units(allowed: [.milliseconds])))"
        }
    }

    /// 120 bookings of 30 or 60 minutes between 08:00 and 18:00, all launched at once; they
    /// overlap heavily, so most must be refused and only a non-overlapping set accepted.
    static func requests(count: Int = 120) -> [Meeting] {
        (0..<count).map { index in
            let start = 8 * 60 + (index * 37) % 600
            let duration = index.isMultiple(of: 2) ? 30 : 60
            return Meeting(
                meetingId: String(format: "c-%03d", index), attendeeName: "User \(index)",
                email: "user\(index)@example.com", date: CalendarDate(iso: "2026-11-23")!,
                interval: MinuteInterval(start: start, duration: duration)!, status: .pending)
        }
    }

    func run(count: Int = 120) async throws -> Tally {
        let seeded = meeting("m-seed", "2026-11-23", "12:00", "13:00", .approved)
        let store = try await fixture.makeStore(seeds: [seeded], pageLimit: nil)
        let requests = Self.requests(count: count)
        let started = ContinuousClock.now
        let outcomes = await withTaskGroup(of: (Meeting, Result<InsertOutcome, MeetingStoreError>).self) { group in
            for request in requests {
                group.addTask {
                    do throws(MeetingStoreError) {
                        return (request, .success(try await store.insertIfFree(request)))
                    } catch {
                        return (request, .failure(error))
                    }
                }
            }
            var all: [(Meeting, Result<InsertOutcome, MeetingStoreError>)] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        var tally = Tally(attempted: requests.count, elapsed: ContinuousClock.now - started)
        let stored = try await store.allMeetings()
        await fixture.tearDown(store)

        var accepted: Set<String> = []
        for (request, result) in outcomes {
            switch result {
            case .success(.inserted):
                accepted.insert(request.meetingId)
            case .success(.conflict(let clashes)):
                tally.conflicts += 1
                #expect(!clashes.isEmpty && clashes.allSatisfy { $0.interval.overlaps(request.interval) })
                #expect(clashes.allSatisfy { clash in stored.contains(clash) })
            case .failure(let error):
                tally.failures.append("\(request.meetingId): \(error)")
            }
        }
        tally.accepted = accepted.count
        let storedBookings = stored.filter { $0.meetingId != seeded.meetingId }
        #expect(storedBookings.count == accepted.count, "every accepted booking is stored exactly once")
        #expect(Set(storedBookings.map(\.meetingId)) == accepted, "nothing refused or failed was stored")
        #expect(storedBookings.allSatisfy { requests.contains($0) }, "stored records are the requests as sent")
        let active = stored.filter(\.isActive)
        for (index, first) in active.enumerated() {
            for second in active[(index + 1)...] where first.interval.overlaps(second.interval) {
                tally.overlaps += 1
                Issue.record("\(first) overlaps \(second)")
            }
        }
        #expect(tally.failures.isEmpty, "bookings that found no answer: \(tally.failures)")
        #expect(tally.accepted >= 1)
        return tally
    }
}
