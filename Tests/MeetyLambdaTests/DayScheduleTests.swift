import MeetyLambda
import Testing

@Suite("Day schedule")
struct DayScheduleTests {
    @Test("the earliest free start skips every span it would overlap")
    func earliestFreeStart() throws {
        let day = DaySchedule(busy: [
            try Fixtures.span(600, 660), try Fixtures.span(660, 690), try Fixtures.span(720, 780),
        ])
        #expect(day.earliestFreeStart(atOrAfter: 630, duration: 30) == 690)  // 10:30 -> 11:30
        #expect(day.earliestFreeStart(atOrAfter: 630, duration: 60) == 780)  // 11:30-12:00 is too short
        #expect(day.earliestFreeStart(atOrAfter: 540, duration: 60) == 540)  // back-to-back with 10:00
        #expect(day.earliestFreeStart(atOrAfter: 541, duration: 60) == 780)
        #expect(day.earliestFreeStart(atOrAfter: 690, duration: 30) == 690)
        #expect(day.earliestFreeStart(atOrAfter: 1410, duration: 30) == 1410)  // ends exactly at 24:00
        #expect(day.earliestFreeStart(atOrAfter: 1411, duration: 30) == nil)
        #expect(day.earliestFreeStart(atOrAfter: 0, duration: 0) == nil)
    }

    @Test("a request can find the day full even when time is free earlier")
    func fullForRequest() throws {
        let day = DaySchedule(busy: [try Fixtures.span(1320, 1440)])  // 22:00-24:00
        #expect(day.earliestFreeStart(atOrAfter: 1350, duration: 30) == nil)
        #expect(day.earliestFreeStart(atOrAfter: 600, duration: 30) == 600)
        #expect(!day.isFull)
        #expect(day.freeMinutes == 1320)
    }

    @Test("a full day has no free minute and no start")
    func fullDay() throws {
        let day = DaySchedule(busy: [try Fixtures.span(0, 700), try Fixtures.span(650, 1440)])
        #expect(day.isFull)
        #expect(day.freeMinutes == 0)
        #expect(day.earliestFreeStart(atOrAfter: 0, duration: 1) == nil)
        #expect(DaySchedule(busy: []).freeMinutes == 1440)
        #expect(DaySchedule(busy: []).earliestFreeStart(atOrAfter: 0, duration: 1440) == 0)
    }

    @Test("conflicts list every overlapping span; a start conflicts only inside a span")
    func conflicts() throws {
        let day = DaySchedule(busy: [try Fixtures.span(660, 720), try Fixtures.span(600, 660)])
        let request = try Fixtures.span(630, 690)
        #expect(day.conflicts(with: request).map(\.hhmmRange) == ["10:00-11:00", "11:00-12:00"])
        #expect(day.conflicts(atStart: 660).map(\.hhmmRange) == ["11:00-12:00"])
        #expect(day.conflicts(atStart: 720).isEmpty)
        #expect(day.isFree(try Fixtures.span(720, 750)))
        #expect(!day.isFree(request))
    }

    @Test("seeded random days agree with a minute-by-minute brute force", arguments: [1, 2, 3, 4] as [UInt64])
    func matchesBruteForce(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<500 {
            var spans: [MinuteInterval] = []
            for _ in 0..<Int.random(in: 0...8, using: &random) {
                let start = Int.random(in: 0..<1440, using: &random)
                let end = min(1440, start + Int.random(in: 1...300, using: &random))
                spans.append(try Fixtures.span(start, end))
            }
            let day = DaySchedule(busy: spans)
            let busy = BruteForceDay(spans)
            let start = Int.random(in: 0..<1440, using: &random)
            let duration = [1, 15, 30, 60, 90, 240, Int.random(in: 1...1440, using: &random)].randomElement(
                using: &random)!
            #expect(
                day.earliestFreeStart(atOrAfter: start, duration: duration) == busy.earliestFreeStart(start, duration))
            #expect(day.freeMinutes == busy.freeMinutes)
            #expect(day.isFull == (busy.freeMinutes == 0))
            #expect(Set(day.conflicts(atStart: start)) == Set(spans.filter { $0.contains(minute: start) }))
            if let request = MinuteInterval(start: start, duration: duration) {
                let expected = spans.filter { !Set($0.start..<$0.end).isDisjoint(with: request.start..<request.end) }
                #expect(Set(day.conflicts(with: request)) == Set(expected))
                #expect(day.isFree(request) == busy.isFree(request.start, request.duration))
            }
        }
    }
}

/// The reference: a 1440-entry array of busy minutes, searched one minute at a time.
private struct BruteForceDay {
    var busy = [Bool](repeating: false, count: 1440)

    init(_ spans: [MinuteInterval]) {
        for span in spans {
            for minute in span.start..<span.end { busy[minute] = true }
        }
    }

    var freeMinutes: Int { busy.filter { !$0 }.count }

    func isFree(_ start: Int, _ duration: Int) -> Bool {
        start + duration <= 1440 && !busy[start..<start + duration].contains(true)
    }

    func earliestFreeStart(_ start: Int, _ duration: Int) -> Int? {
        (start..<1440).first { isFree($0, duration) }
    }
}
