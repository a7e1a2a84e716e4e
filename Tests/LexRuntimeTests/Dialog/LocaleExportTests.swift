import CodeHooks
import Foundation
import LexFacts
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import LexRuntime

/// Issue 20 on real console exports: the Korean locale of a hotel bot, and a RepeatIntent without
/// sample utterances of its own.
@Suite("Dialog: real exports in other locales and with built-in intents")
struct LocaleExportTests {
    private func runtime(_ export: String) throws -> LexRuntime {
        var bag = DiagnosticBag()
        let directory = TestResources.path("Tests/LexModelTests/Fixtures/\(export)")
        let model = try #require(LexExportReader().read(directory: directory, into: &bag), "\(bag.diagnostics)")
        let clock = FixedClock(LocalDateTime(iso: "2026-11-20T09:00")!)
        return try LexRuntime(bot: RuntimeBot(export: model), codeHook: nil, clock: clock)
    }

    private func say(_ runtime: LexRuntime, _ text: String, session: String = "s1") async throws
        -> RecognizeTextResponse
    {
        try await runtime.recognizeText(RecognizeTextRequest(sessionId: session, text: text, localeId: "ko_KR"))
    }

    @Test("BlogBot ko_KR: 내일 and 3월 10일 fill AMAZON.Date; 네 confirms and 아니요 declines")
    func koreanHotel() async throws {
        let runtime = try runtime("BlogBotHotelKo")
        let start = try await say(runtime, "호텔예약해죠")
        #expect(start.intentName == "BookHotel" && start.replyText == "이름을 말씀해주세요")
        #expect(try await say(runtime, "민수").replyText == "날짜를 말씀해주세요")
        let date = try await say(runtime, "내일")
        #expect(date.slot("Date") == "2026-11-21")
        #expect(date.action == .confirmIntent && date.replyText == "예약하신 내용이 맞습니까?")
        let yes = try await say(runtime, "네")
        #expect(yes.state == .fulfilled && yes.sessionState.intent?.confirmationState == .confirmed)

        _ = try await say(runtime, "호텔예약해죠", session: "s2")
        _ = try await say(runtime, "민수", session: "s2")
        let march = try await say(runtime, "3월 10일", session: "s2")
        #expect(march.slot("Date") == "2027-03-10")
        let no = try await say(runtime, "아니요", session: "s2")
        #expect(no.state == .failed && no.replyText == "감사합니다.")
    }

    @Test("OrderFlower-repeat: 'say that again' repeats the prompt even where the slot takes any text")
    func repeatIntent() async throws {
        let runtime = try runtime("OrderFlowerRepeat")
        let first = try await runtime.say("I would like to order some flowers")
        #expect(first.replyText == "What type of flowers would you like to order?")
        let again = try await runtime.say("say that again")
        #expect(again.replyText == first.replyText && again.slotToElicit == "FlowerType")
        #expect(again.trace.recognizedIntent == "RepeatIntent")
        let roses = try await runtime.say("roses")
        #expect(roses.replyText == "What day do you want the roses to be picked up?")
        #expect(try await runtime.say("repeat").replyText == roses.replyText)
    }
}
