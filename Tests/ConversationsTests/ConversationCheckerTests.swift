import Conversations
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@Suite("Conversation checker: scripts against the bot")
struct ConversationCheckerTests {
    /// MeetyBot's shape, plus a second locale.
    static let bot = BotOutline(locales: [
        LocaleOutline(
            id: "en_US",
            intents: [
                IntentOutline(name: "StartMeety"),
                IntentOutline(
                    name: "BookMeeting",
                    slots: ["FullName", "MeetingDate", "MeetingTime", "MeetingDuration", "AttendeeEmail"]
                ),
                IntentOutline(name: "CancelMeeting", slots: ["MeetingId"]),
                IntentOutline(name: "FallbackIntent"),
            ]
        ),
        LocaleOutline(id: "en_GB", intents: [IntentOutline(name: "FallbackIntent")]),
    ])

    private func check(_ marked: MarkedText, bot: BotOutline = Self.bot) throws -> [Diagnostic] {
        let script = try Load.script(marked.text)
        return ConversationChecker().check(script, against: bot)
    }

    @Test("the DESIGN §7 example fits MeetyBot")
    func designExampleFits() throws {
        #expect(try check(MarkedText(DesignExample.marked)).isEmpty)
    }

    @Test("an unknown locale is reported at its value with a hint, and nothing else is checked")
    func unknownBotLocale() throws {
        let marked = MarkedText("name: a\nlocale: 1️⃣en-GB\nturns:\n  - {user: hi, intent: Nope}\n")
        let diagnostics = try check(marked)
        #expect(diagnostics.map(\.code) == [.unknownBotLocale])
        #expect(diagnostics.first?.span?.start == marked["1️⃣"])
        #expect(
            diagnostics.first?.message
                == "locale 'en-GB' is not a locale of the bot; it has en_US, en_GB (did you mean 'en_GB'?)"
        )
    }

    @Test("a named locale is the one checked against")
    func namedLocale() throws {
        let marked = MarkedText("name: a\nlocale: en_GB\nturns:\n  - {user: hi, intent: 1️⃣BookMeeting}\n")
        let diagnostics = try check(marked)
        #expect(diagnostics.map(\.code) == [.unknownIntent])
        #expect(diagnostics.first?.span?.start == marked["1️⃣"])
        #expect(diagnostics.first?.message.contains("which locale 'en_GB' does not have") == true)
    }

    @Test("an unknown intent is reported at its value with did-you-mean")
    func unknownIntent() throws {
        let marked = MarkedText("name: a\nturns:\n  - user: hi\n  - user: book\n    intent: 1️⃣BookMeting\n")
        let diagnostics = try check(marked)
        #expect(diagnostics.map(\.code) == [.unknownIntent])
        #expect(diagnostics.first?.span?.start == marked["1️⃣"])
        #expect(
            diagnostics.first?.message
                == "turn 2 expects intent 'BookMeting', which locale 'en_US' does not have (did you mean 'BookMeeting'?)"
        )
    }

    @Test("a slot must belong to the turn's expected intent")
    func slotOfExpectedIntent() throws {
        let marked = MarkedText(
            """
            name: a
            turns:
              - user: book
                intent: BookMeeting
                slot: 1️⃣MeetingTme
                slots: {FullName: Al, 2️⃣MeetingId: "7"}
            """
        )
        let diagnostics = try check(marked)
        #expect(diagnostics.map(\.code) == [.unknownSlot, .unknownSlot])
        #expect(diagnostics.map(\.span?.start) == [marked["1️⃣"], marked["2️⃣"]])
        #expect(
            diagnostics.first?.message
                == "turn 1 names slot 'MeetingTme', which intent 'BookMeeting' does not have (did you mean 'MeetingTime'?)"
        )
        #expect(
            diagnostics.last?.message.hasPrefix("turn 1 names slot 'MeetingId', which intent 'BookMeeting'") == true)
    }

    @Test("without an expected intent, a slot of any intent of the locale is accepted")
    func slotOfAnyIntent() throws {
        let marked = MarkedText(
            """
            name: a
            turns:
              - user: hi
                slots: {MeetingId: "7", FullName: Al, 1️⃣FulName: x}
              - user: there
                slot: 2️⃣Colour
            """
        )
        let diagnostics = try check(marked)
        #expect(diagnostics.map(\.code) == [.unknownSlot, .unknownSlot])
        #expect(diagnostics.map(\.span?.start) == [marked["1️⃣"], marked["2️⃣"]])
        #expect(
            diagnostics.first?.message
                == "turn 1 names slot 'FulName', which no intent of locale 'en_US' has (did you mean 'FullName'?)"
        )
    }

    @Test("with an unknown expected intent, slots are checked against every intent")
    func slotWithUnknownIntent() throws {
        let marked = MarkedText("name: a\nturns:\n  - {user: hi, intent: 1️⃣Book, slots: {FullName: Al, 2️⃣Nope: x}}\n")
        let diagnostics = try check(marked)
        #expect(diagnostics.map(\.code) == [.unknownIntent, .unknownSlot])
        #expect(diagnostics.map(\.span?.start) == [marked["1️⃣"], marked["2️⃣"]])
    }

    @Test("store actions and final expectations need no bot knowledge")
    func storeActionsAreNotChecked() throws {
        let marked = MarkedText(
            "name: a\nturns:\n  - user: hi\n  - approve: {attendeeName: Zed}\nexpect: {meetings: {count: {pending: 0}}}\n"
        )
        #expect(try check(marked).isEmpty)
    }

    @Test("the first locale is the default")
    func defaultLocale() {
        #expect(Self.bot.locale(nil)?.id == "en_US")
        #expect(Self.bot.locale("en_GB")?.id == "en_GB")
        #expect(Self.bot.locale("fr_FR") == nil)
        #expect(BotOutline(locales: []).locale(nil) == nil)
    }

    @Test("a bot without locales reports a named locale and otherwise nothing")
    func emptyBot() throws {
        let empty = BotOutline(locales: [])
        #expect(try check(MarkedText("name: a\nturns: [{user: hi, intent: X}]\n"), bot: empty).isEmpty)
        let diagnostics = try check(MarkedText("name: a\nlocale: en_US\nturns: [{user: hi}]\n"), bot: empty)
        #expect(diagnostics.map(\.message) == ["locale 'en_US' is not a locale of the bot; it has none"])
    }
}
