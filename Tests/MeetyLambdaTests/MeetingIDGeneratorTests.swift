import MeetyLambda
import Testing

@Suite("Meeting id generators")
struct MeetingIDGeneratorTests {
    @Test("sequential ids are UUID-shaped and deterministic")
    func sequential() async {
        let ids = SequentialMeetingIDs()
        #expect(await ids.nextID() == "00000000-0000-4000-8000-000000000001")
        #expect(await ids.nextID() == "00000000-0000-4000-8000-000000000002")
        #expect(await SequentialMeetingIDs(first: 42).nextID() == "00000000-0000-4000-8000-000000000042")
    }

    @Test("random ids are distinct lowercase UUIDs")
    func random() async {
        let ids = RandomMeetingIDs()
        let first = await ids.nextID()
        let second = await ids.nextID()
        #expect(first != second)
        #expect(first.count == 36 && first == first.lowercased())
        #expect(first.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
    }
}
