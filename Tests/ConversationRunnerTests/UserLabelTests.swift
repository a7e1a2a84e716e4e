import ConversationRunner
import Foundation
import Testing

@Suite("Runner: user labels")
struct UserLabelTests {
    @Test("one-letter and spaced labels name users; each is its own session; reports keep the label")
    func labels() async throws {
        let result = try await RunnerSupport.runOne(
            """
            name: two users with short labels
            turns:
              - as: a
                user: I want to book a meeting
                slot: FullName
              - as: Mary Ann
                user: Hello
                intent: StartMeety
              - as: a
                user: Alice
                slot: MeetingDate
            """)
        #expect(result.status == .passed, "\(result.failures)")
        #expect(result.transcript.map(\.session) == ["a", "Mary Ann", "a"])
        let json = String(decoding: try JSONReporter().report([result], skipped: 0), as: UTF8.self)
        #expect(json.contains("\"session\" : \"Mary Ann\""))
        let junit = JUnitReporter().report([result], skipped: 0)
        #expect(junit.contains("name=\"two users with short labels\""))
    }
}
