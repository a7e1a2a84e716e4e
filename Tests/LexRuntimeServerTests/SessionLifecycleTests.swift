import CodeHooks
import Foundation
import Testing

@testable import LexRuntimeServer

@Suite("sessions of the served API")
struct SessionLifecycleTests {
    @Test("a session idle for the bot's TTL is gone: GetSession answers 404 and the next turn starts afresh")
    func idleTimeout() async throws {
        let clock = ManualServerClock()
        let api = try ServerFixture.api(clock: clock)
        let first = await api.handle(ServerFixture.say("I want tea", session: "ttl-1"))
        #expect(ServerFixture.firstMessage(first) == "Which tea would you like?")
        clock.advance(59)
        #expect(await api.handle(ServerFixture.get(session: "ttl-1")).status == 200)
        let answer = await api.handle(ServerFixture.say("green", session: "ttl-1"))
        #expect(ServerFixture.firstMessage(answer) == "Your green tea is coming.")
        clock.advance(59.5)
        #expect(
            await api.handle(ServerFixture.get(session: "ttl-1")).status == 200, "the last turn restarted the timer")
        _ = await api.handle(ServerFixture.say("I want tea", session: "ttl-1"))
        clock.advance(60)
        let expired = await api.handle(ServerFixture.get(session: "ttl-1"))
        #expect(expired.status == 404 && expired.header("x-amzn-ErrorType") == "ResourceNotFoundException")
        let fresh = await api.handle(ServerFixture.say("green", session: "ttl-1"))
        #expect(
            ServerFixture.firstMessage(fresh) == "Sorry, I only serve tea.",
            "an expired session no longer answers the slot prompt")
    }

    @Test("the sweep removes idle sessions and their dialog state, and keeps live ones")
    func sweep() async throws {
        let clock = ManualServerClock()
        let api = try ServerFixture.api(clock: clock)
        _ = await api.handle(ServerFixture.say("I want tea", session: "old-1"))
        clock.advance(30)
        _ = await api.handle(ServerFixture.say("I want tea", session: "new-1"))
        clock.advance(30)
        #expect(await api.sweepIdleSessions() == 1)
        #expect(api.sessionCount == 1)
        #expect(await api.handle(ServerFixture.get(session: "new-1")).status == 200)
        #expect(await api.handle(ServerFixture.get(session: "old-1")).status == 404)
    }

    @Test("one session id in two locales is two sessions")
    func localesAreApart() async throws {
        let api = try ServerFixture.api()
        let us = await api.handle(ServerFixture.say("tea please", session: "both-1", locale: "en_US"))
        #expect(ServerFixture.firstMessage(us) == "Which tea would you like?")
        #expect(await api.handle(ServerFixture.get(session: "both-1", locale: "en_GB")).status == 404)
        let gb = await api.handle(ServerFixture.say("tea please", session: "both-1", locale: "en_GB"))
        #expect(ServerFixture.firstMessage(gb) == "Which tea, then?")
        let done = await api.handle(ServerFixture.say("black", session: "both-1", locale: "en_GB"))
        #expect(ServerFixture.firstMessage(done) == "Your black tea is on its way.")
        let stillAsking = await api.handle(ServerFixture.get(session: "both-1", locale: "en_US"))
        #expect(ServerFixture.firstMessage(stillAsking) == "Which tea would you like?")
    }

    @Test("a session's turns run one at a time while different sessions run together")
    func ordering() async throws {
        let hook = OverlapRecordingHook(delay: .milliseconds(20))
        let api = try ServerFixture.api(hook: hook)
        await withTaskGroup(of: Void.self) { group in
            for session in 0..<8 {
                for _ in 0..<4 {
                    group.addTask { _ = await api.handle(ServerFixture.say("I want tea", session: "order-\(session)")) }
                }
            }
        }
        #expect(hook.worstPerSession == 1, "two turns of one session overlapped")
        #expect(hook.worstOverall > 1, "different sessions never ran together")
    }

    @Test("a failed turn leaves the session as it was")
    func failedTurn() async throws {
        struct Failing: CodeHook {
            func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
                throw CancellationError()
            }
        }
        let api = try ServerFixture.api(hook: Failing())
        let failed = await api.handle(ServerFixture.say("I want tea", session: "fail-1"))
        #expect(failed.status == 424 && failed.header("x-amzn-ErrorType") == "DependencyFailedException")
        #expect(await api.handle(ServerFixture.get(session: "fail-1")).status == 404)
    }
}
