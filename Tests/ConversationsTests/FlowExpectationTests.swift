import Conversations
import LexFacts
import MeetyDiagnostics
import MeetyTestSupport
import Testing

/// What scripts say about flows: `hooks:`, `contexts:`, and the clock steps `wait:` and `clock:`.
@Suite("Flow expectations and clock steps")
struct FlowExpectationTests {
    @Test("hooks: sources alone and with labels, in order; [] expects no call")
    func hooks() throws {
        let script = try Load.script(
            """
            name: h
            turns:
              - user: call me
                hooks:
                  - {source: DialogCodeHook, label: Start}
                  - DialogCodeHook
                  - FulfillmentCodeHook
              - user: hi
                hooks: []
            """)
        let calls = try #require(try Load.turn(script, 1).expectations.hooks?.value)
        #expect(calls.map(\.description) == ["DialogCodeHook(Start)", "DialogCodeHook", "FulfillmentCodeHook"])
        #expect(calls[0].label?.span.start.line == 5)
        #expect(try Load.turn(script, 2).expectations.hooks?.value == [])
        #expect(try !Load.turn(script, 2).expectations.isEmpty)
    }

    @Test("contexts: a list is the exact set; a mapping checks named contexts, null meaning not active")
    func contexts() throws {
        let script = try Load.script(
            """
            name: c
            turns:
              - user: list
                contexts: [selected, listed]
              - user: again
                contexts:
                  selected: {turns: 4, seconds: 3000, attributes: {region: eu-west-1, gone: null}}
                  listed: {}
                  old: null
            """)
        guard case .exactly(let names)? = try Load.turn(script, 1).expectations.contexts?.value else {
            Issue.record("expected a list of contexts")
            return
        }
        #expect(names.map(\.value) == ["selected", "listed"])
        guard case .each(let checks)? = try Load.turn(script, 2).expectations.contexts?.value else {
            Issue.record("expected a mapping of contexts")
            return
        }
        #expect(checks.map(\.name.value) == ["selected", "listed", "old"])
        #expect(checks.map(\.isActive) == [true, true, false])
        #expect(checks[0].turns?.value == 4)
        #expect(checks[0].seconds?.value == 3000)
        #expect(checks[0].attributes.map(\.value.value) == ["eu-west-1", nil])
    }

    @Test("wait: and clock: move the script's clock; each step knows where it leaves it")
    func clockSteps() throws {
        let script = try Load.script(
            """
            name: t
            now: 2026-11-20T09:00
            turns:
              - user: hi
              - wait: 1h30m
              - wait: 45s
              - clock: 2026-11-21T08:00:05
              - user: hi again
            """)
        let steps = script.steps.compactMap(\.clockStep)
        #expect(steps.map(\.iso) == ["2026-11-20T10:30", "2026-11-20T10:30:45", "2026-11-21T08:00:05"])
        #expect(steps[0].kind == .wait(seconds: 5400))
        #expect(steps[2].kind == .set)
        #expect(script.userTurns.count == 2)
    }

    @Test("durations: units d, h, m, s in that order, whole numbers only")
    func durations() {
        #expect(ClockStep.seconds(of: "2d") == 172_800)
        #expect(ClockStep.seconds(of: "1h30m") == 5_400)
        #expect(ClockStep.seconds(of: "90s") == 90)
        #expect(ClockStep.seconds(of: "1d2h3m4s") == 93_784)
        for text in ["", "10", "m", "30m1h", "1.5h", "10 m", "1h1h", "-5m", "5M", "1234567890s"] {
            #expect(ClockStep.seconds(of: text) == nil, "\(text)")
        }
        #expect(ClockStep.seconds(ofTime: "2026-02-29T09:00") == nil)
        #expect(ClockStep.seconds(ofTime: "2026-11-20T24:00") == nil)
        #expect(ClockStep.seconds(ofTime: "2026-11-20T09:00:60") == nil)
        #expect(ClockStep.seconds(ofTime: "2026-11-20 09:00") == nil)
    }

    @Test(
        "malformed flow expectations and clock steps are errors at the value",
        arguments: [
            ("  - wait: 1️⃣soon\n", "invalid-wait", "'wait' of turn 1 is 'soon', not a length of time"),
            ("  - wait: 1️⃣0s\n", "invalid-wait", "not a length of time"),
            ("  - clock: 1️⃣2026-13-01T10:00\n", "invalid-clock", "not a real date and time"),
            (
                "  - clock: 1️⃣2026-11-20T08:59\n", "invalid-clock",
                "earlier than the script's clock at that point (2026-11-20T09:00)"
            ),
            ("  - wait: 5m\n    1️⃣user: hi\n", "conflicting-keys", "has both 'wait' and 'user'"),
            ("  - user: hi\n    hooks: [1️⃣Lambda]\n", "unknown-hook-source", "unknown hook source 'Lambda'"),
            ("  - user: hi\n    hooks: [1️⃣{label: X}]\n", "missing-key", "source"),
            ("  - user: hi\n    contexts: 1️⃣none\n", "type-mismatch", "a list of context names or a mapping"),
            ("  - user: hi\n    contexts: {a: {1️⃣ttl: 5}}\n", "unknown-key", "'ttl'"),
            ("  - user: hi\n    contexts: {a: {turns: 1️⃣21}}\n", "value-out-of-range", "'turns' of context 'a'"),
        ])
    func malformed(_ turn: String, _ code: String, _ fragment: String) throws {
        let marked = MarkedText("name: m\nnow: 2026-11-20T09:00\nturns:\n" + turn)
        let diagnostics = Load.errors(marked.text)
        let diagnostic = try #require(diagnostics.first { $0.code.id == code }, "\(diagnostics)")
        #expect(diagnostic.span?.start == marked["1️⃣"], "\(diagnostic)")
        #expect(diagnostic.message.contains(fragment), "\(diagnostic.message)")
    }

    @Test("a label no code hook step of the bot has is an error with a hint; without labels known, none is checked")
    func labels() throws {
        let script = try Load.script(
            """
            name: l
            turns:
              - user: call me
                hooks: [{source: DialogCodeHook, label: CallIntent_InitalCodeHook}]
            """)
        let intents = [IntentOutline(name: "CallIntent", slots: ["Time"])]
        let known = BotOutline(locales: [
            LocaleOutline(id: "en_US", intents: intents, invocationLabels: ["CallIntent_InitialCodeHook"])
        ])
        let problems = ConversationChecker().check(script, against: known)
        #expect(problems.map(\.code.id) == ["unknown-invocation-label"])
        #expect(problems.first?.message.contains("did you mean 'CallIntent_InitialCodeHook'?") == true)
        let unknown = BotOutline(locales: [LocaleOutline(id: "en_US", intents: intents)])
        #expect(ConversationChecker().check(script, against: unknown).isEmpty)
    }
}
