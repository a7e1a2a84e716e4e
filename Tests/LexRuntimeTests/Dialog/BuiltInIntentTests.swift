import CodeHooks
import LexFacts
import Testing

@testable import LexRuntime

/// A bot in `locale` with a booking intent (a date, a time, a confirmation) and every conversational
/// built-in intent without sample utterances of its own, as the console exports them.
private func builtInBot(_ locale: String, extra: [RuntimeIntent] = []) -> RuntimeBot {
    let book = RuntimeIntent(
        name: "Book",
        utterances: ["book", "reservar", "reservar {Day}", "reservar para {Day}", "예약", "{Day} 예약", "予約"],
        slots: [
            RuntimeSlot(name: "Day", type: "AMAZON.Date", prompt: [MessageGroupSpec(message: "Which day?")]),
            RuntimeSlot(name: "Hour", type: "AMAZON.Time", prompt: [MessageGroupSpec(message: "What time?")]),
        ],
        confirmation: RuntimeConfirmation(
            prompt: [MessageGroupSpec(message: "Book {Day} at {Hour}?")],
            declination: [MessageGroupSpec(message: "Not booked.")]),
        closing: [MessageGroupSpec(message: "Booked {Day} {Hour}.")])
    var intents = [book]
    for signature in LexBuiltIns.conversationalIntents where signature != LexBuiltIns.fallbackIntent {
        let name = String(signature.dropFirst("AMAZON.".count))
        intents.append(
            RuntimeIntent(
                name: name, closing: [MessageGroupSpec(message: "\(name) answered.")], parentSignature: signature))
    }
    intents += extra
    intents.append(
        RuntimeIntent(
            name: "FallbackIntent", closing: [MessageGroupSpec(message: "Sorry?")],
            parentSignature: "AMAZON.FallbackIntent"))
    return RuntimeBot(
        name: "BuiltIns", identifier: "BUILTINS01",
        locales: [RuntimeLocale(id: locale, confidenceThreshold: 0.4, intents: intents, slotTypes: [:])])
}

@Suite("Built-in intents")
struct BuiltInIntentTests {
    @Test(
        "every documented phrase of every conversational built-in reaches its intent, in each locale",
        arguments: ["en_US", "en_GB", "es_US", "pt_BR", "fr_FR", "de_DE", "it_IT", "ja_JP", "ko_KR", "zh_CN", "id_ID"])
    func documentedPhrases(_ locale: String) async throws {
        let phrases = try #require(LexLocaleData.named(locale)?.builtInIntents)
        #expect(phrases.count >= 6, "\(locale) documents too few built-in intents")
        let runtime = TestBots.runtime(builtInBot(locale))
        for (signature, utterances) in phrases {
            let expected = String(signature.dropFirst("AMAZON.".count))
            for (index, utterance) in utterances.enumerated() {
                let session = "s-\(expected)-\(index)"
                let reply = try await runtime.say(utterance, session: session)
                #expect(reply.intentName == expected, "\(locale): '\(utterance)' reached \(reply.intentName ?? "-")")
                #expect(reply.trace.recognizedIntent == expected)
            }
        }
    }

    @Test("help me and say that again in English (issue 20), also with more words around them")
    func englishPhrases() async throws {
        let runtime = TestBots.runtime(builtInBot("en_US"))
        #expect(try await runtime.say("help me", session: "a1").intentName == "HelpIntent")
        #expect(try await runtime.say("can you help me please", session: "a2").intentName == "HelpIntent")
        #expect(try await runtime.say("please say that again", session: "a3").intentName == "RepeatIntent")
    }

    @Test("RepeatIntent says the last reply again and the dialog stays where it was")
    func repeatWhileEliciting() async throws {
        let runtime = TestBots.runtime(builtInBot("en_US"))
        let first = try await runtime.say("book")
        #expect(first.replyText == "Which day?")
        let again = try await runtime.say("say that again")
        #expect(again.replyText == "Which day?")
        #expect(again.action == .elicitSlot && again.slotToElicit == "Day" && again.intentName == "Book")
        #expect(again.trace.recognizedIntent == "RepeatIntent")
        let day = try await runtime.say("tomorrow")
        #expect(day.slot("Day") == "2026-11-21")
        #expect(day.replyText == "What time?")
    }

    @Test("RepeatIntent at a confirmation prompt, after a closing, and on the first turn")
    func repeatElsewhere() async throws {
        let runtime = TestBots.runtime(builtInBot("ko_KR"))
        _ = try await runtime.say("예약")
        _ = try await runtime.say("내일")
        let confirm = try await runtime.say("오후 3시")
        #expect(confirm.replyText == "Book 2026-11-21 at 15:00?")
        let again = try await runtime.say("다시 말해줘")
        #expect(again.replyText == "Book 2026-11-21 at 15:00?" && again.action == .confirmIntent)
        let yes = try await runtime.say("네")
        #expect(yes.state == .fulfilled && yes.replyText == "Booked 2026-11-21 15:00.")
        let closed = try await runtime.say("반복")
        #expect(closed.replyText == "Booked 2026-11-21 15:00.")
        #expect(closed.intentName == "RepeatIntent" && closed.state == .fulfilled && closed.action == .close)
        let fresh = try await runtime.say("반복", session: "new")
        #expect(fresh.replyText == "RepeatIntent answered.")
    }

    @Test("at a Korean confirmation prompt, 아니요 declines and 네 confirms (issue 20)")
    func koreanConfirmation() async throws {
        let runtime = TestBots.runtime(builtInBot("ko_KR"))
        _ = try await runtime.say("3월 10일 예약")
        let prompt = try await runtime.say("오후 3시")
        #expect(prompt.action == .confirmIntent && prompt.replyText == "Book 2027-03-10 at 15:00?")
        let no = try await runtime.say("아니요")
        #expect(no.state == .failed && no.sessionState.intent?.confirmationState == .denied)
    }

    @Test("a turn that reaches a cloud-service intent fails with an error that names it")
    func serviceIntents() async throws {
        for (signature, service) in [
            ("AMAZON.QnAIntent", "Amazon Bedrock"), ("AMAZON.KendraSearchIntent", "Amazon Kendra"),
            ("AMAZON.QInConnectIntent", "Amazon Q in Connect"),
            ("AMAZON.BedrockAgentIntent", "an Amazon Bedrock agent"),
        ] {
            let answers = RuntimeIntent(name: "Answers", parentSignature: signature)
            let runtime = TestBots.runtime(builtInBot("en_US", extra: [answers]))
            #expect(try await runtime.say("book").intentName == "Book")
            do {
                _ = try await runtime.say("what is the capital of France", session: "q1")
                Issue.record("\(signature) answered")
            } catch let error as TurnError {
                #expect(error.kind == .needsCloudService)
                #expect(error.message.contains("intent 'Answers' (\(signature))"), "\(error.message)")
                #expect(error.message.contains(service))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test("a built-in phrase at a prompt that takes any text reaches the built-in; a listed value stays a value")
    func takeoverAtAFreeTextPrompt() async throws {
        let order = RuntimeIntent(
            name: "Order", utterances: ["order flowers"],
            slots: [RuntimeSlot(name: "Kind", type: "Kind", prompt: [MessageGroupSpec(message: "Which flowers?")])],
            closing: [MessageGroupSpec(message: "Ordered {Kind}.")])
        let kinds = CustomSlotType(
            name: "Kind", values: [.init("roses"), .init("help")], resolutionStrategy: .originalValue)
        var bot = builtInBot("en_US", extra: [order])
        bot.locales[0].slotTypes = ["Kind": kinds]
        let runtime = TestBots.runtime(bot)
        _ = try await runtime.say("order flowers")
        let again = try await runtime.say("say that again")
        #expect(again.replyText == "Which flowers?" && again.slotToElicit == "Kind")
        let help = try await runtime.say("help me")
        #expect(help.intentName == "HelpIntent" && help.replyText == "HelpIntent answered.")
        _ = try await runtime.say("order flowers", session: "s2")
        let listed = try await runtime.say("help", session: "s2")
        #expect(listed.intentName == "Order" && listed.replyText == "Ordered help.")
        _ = try await runtime.say("order flowers", session: "s3")
        let free = try await runtime.say("tulips", session: "s3")
        #expect(free.replyText == "Ordered tulips.")
    }
}
