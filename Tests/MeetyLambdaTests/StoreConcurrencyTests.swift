import CodeHooks
import LexFacts
import MeetyLambda
import Testing

@Suite("Insert-if-free under concurrency")
struct StoreConcurrencyTests {
    @Test("1,000 concurrent overlapping bookings never double-book and are stored exactly once")
    func thousandBookings() async throws {
        let days = ["2026-11-23", "2026-11-24"]
        var random = SeededGenerator(seed: 7)
        var requests: [Meeting] = []
        for number in 0..<1000 {
            let duration = Bool.random(using: &random) ? 30 : 60
            let start = Int.random(in: 8 * 60...(17 * 60), using: &random) / 5 * 5
            let end = start + duration
            requests.append(
                try Fixtures.meeting(
                    "req-\(number)", days.randomElement(using: &random)!, hhmm(start), hhmm(end), .pending))
        }
        let store = try InMemoryMeetingStore(meetings: [try Fixtures.ann()])
        let outcomes = await withTaskGroup(of: (Meeting, InsertOutcome?).self) { group in
            for request in requests {
                group.addTask { (request, try? await store.insertIfFree(request)) }
            }
            var outcomes: [(Meeting, InsertOutcome?)] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }

        let stored = try await store.allMeetings()
        let storedIds = stored.map(\.meetingId)
        #expect(Set(storedIds).count == storedIds.count)
        var accepted = 0
        for (request, outcome) in outcomes {
            switch outcome {
            case .inserted(let meeting)?:
                accepted += 1
                #expect(meeting == request)
                #expect(stored.filter { $0.meetingId == request.meetingId } == [request])
            case .conflict(let clashes)?:
                #expect(!storedIds.contains(request.meetingId))
                #expect(!clashes.isEmpty)
                #expect(clashes.allSatisfy { $0.date == request.date && $0.interval.overlaps(request.interval) })
            case nil:
                Issue.record("insert of \(request.meetingId) threw")
            }
        }
        #expect(stored.count == accepted + 1)
        // Whatever order the tasks ran in, the accepted meetings are a maximal set of non-overlapping
        // ones: every rejected request overlaps one of them. Starts run 08:00-17:00 and meetings last at
        // most 60 minutes, so each accepted meeting blocks at most 115 minutes of start times; covering
        // the 545 minutes of starts on each day takes at least 5 meetings a day.
        #expect(accepted >= 10 && accepted < 1000, "\(accepted) accepted")
        for day in days {
            let active = try await store.activeMeetings(on: try #require(CalendarDate(iso: day)))
            for (index, first) in active.enumerated() {
                for second in active[(index + 1)...] {
                    #expect(!first.interval.overlaps(second.interval), "\(first) overlaps \(second)")
                }
            }
        }
    }

    @Test("sequential ids stay distinct when many sessions share one generator")
    func distinctIds() async {
        let ids = SequentialMeetingIDs()
        let generated = await withTaskGroup(of: String.self) { group in
            for _ in 0..<200 { group.addTask { await ids.nextID() } }
            var all: [String] = []
            for await id in group { all.append(id) }
            return all
        }
        #expect(Set(generated).count == 200)
        #expect(Set(generated) == Set((1...200).map(SequentialMeetingIDs.id(number:))))
    }

    private func hhmm(_ minutes: Int) -> String {
        TimeOfDay(minutes: minutes)!.hhmm
    }
}
