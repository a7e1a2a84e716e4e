import MeetyLambda
import Testing

@Suite("Minute intervals")
struct MinuteIntervalTests {
    @Test("spans are half-open, non-empty and end by 24:00")
    func construction() throws {
        #expect(MinuteInterval(start: 600, end: 660)?.duration == 60)
        #expect(MinuteInterval(start: 600, end: 600) == nil)
        #expect(MinuteInterval(start: 660, end: 600) == nil)
        #expect(MinuteInterval(start: -1, end: 30) == nil)
        #expect(MinuteInterval(start: 1410, end: 1440)?.hhmmRange == "23:30-24:00")
        #expect(MinuteInterval(start: 1410, end: 1441) == nil)
        #expect(MinuteInterval(start: 1410, duration: 30)?.endTime.hhmm == "24:00")
        #expect(MinuteInterval(start: 1411, duration: 30) == nil)
        #expect(MinuteInterval(start: 0, duration: 0) == nil)
        #expect(MinuteInterval(start: 0, duration: 1440)?.hhmmRange == "00:00-24:00")
        #expect(MinuteInterval(start: 1, duration: Int.max) == nil)
        #expect(MinuteInterval(start: 1440, duration: 1) == nil)
    }

    @Test("ending after midnight is refused; exactly 24:00 is allowed")
    func midnight() {
        #expect(MinuteInterval.endsByMidnight(start: 1380, duration: 60))
        #expect(!MinuteInterval.endsByMidnight(start: 1381, duration: 60))
        #expect(!MinuteInterval.endsByMidnight(start: 1439, duration: 30))
        #expect(MinuteInterval.endsByMidnight(start: 1439, duration: 1))
        #expect(!MinuteInterval.endsByMidnight(start: 0, duration: -30))
        #expect(!MinuteInterval.endsByMidnight(start: Int.max, duration: Int.max))
        #expect(MinuteInterval.latestStart(duration: 60) == 1380)
        #expect(MinuteInterval.latestStart(duration: 30) == 1410)
        #expect(MinuteInterval.latestStart(duration: 1440) == 0)
        #expect(MinuteInterval.latestStart(duration: 1441) == nil)
        #expect(MinuteInterval.latestStart(duration: 0) == nil)
    }

    @Test("overlap, containment, touching and equality by example")
    func relations() throws {
        let meeting = try Fixtures.span(600, 660)  // 10:00-11:00
        let inside = try Fixtures.span(615, 645)  // the case the original LexLambda missed
        let before = try Fixtures.span(540, 600)
        let after = try Fixtures.span(660, 720)
        let straddling = try Fixtures.span(630, 690)
        #expect(meeting.overlaps(inside) && inside.overlaps(meeting))
        #expect(meeting.contains(inside) && !inside.contains(meeting))
        #expect(!meeting.overlaps(before) && !meeting.overlaps(after))
        #expect(meeting.touches(before) && meeting.touches(after))
        #expect(meeting.overlaps(straddling) && !meeting.contains(straddling))
        #expect(meeting.overlaps(meeting) && meeting.contains(meeting) && !meeting.touches(meeting))
        #expect(meeting.contains(minute: 600) && meeting.contains(minute: 659) && !meeting.contains(minute: 660))
        #expect(!meeting.contains(minute: 599))
    }

    @Test("relations agree with minute sets for every pair of spans on a 0...12 grid")
    func exhaustiveRelations() throws {
        var spans: [MinuteInterval] = []
        for start in 0..<12 {
            for end in (start + 1)...12 { spans.append(try Fixtures.span(start, end)) }
        }
        #expect(spans.count == 78)
        for a in spans {
            let aMinutes = Set(a.start..<a.end)
            for minute in -1...13 {
                #expect(a.contains(minute: minute) == aMinutes.contains(minute))
            }
            for b in spans {
                let bMinutes = Set(b.start..<b.end)
                #expect(a.overlaps(b) == !aMinutes.isDisjoint(with: bMinutes), "\(a) \(b)")
                #expect(a.contains(b) == bMinutes.isSubset(of: aMinutes), "\(a) \(b)")
                #expect(a.touches(b) == (aMinutes.isDisjoint(with: bMinutes) && (a.end == b.start || b.end == a.start)))
                #expect((a == b) == (aMinutes == bMinutes))
            }
        }
    }

    @Test("spans sort by start, then end")
    func ordering() throws {
        let spans = [try Fixtures.span(60, 120), try Fixtures.span(0, 90), try Fixtures.span(0, 30)]
        #expect(spans.sorted().map(\.hhmmRange) == ["00:00-00:30", "00:00-01:30", "01:00-02:00"])
    }
}
