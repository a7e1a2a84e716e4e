import LexConditions
import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import BotModel

@Suite("Conversation-flow rules")
struct FlowRuleTests {
    /// `text` with the bot's `codeHook: meety`, so hooks raise no warning.
    private func withCodeHook(_ text: String) -> String {
        text.replacingOccurrences(of: "locales:", with: "codeHook: meety\nlocales:")
    }

    /// The severities, codes and markers (1️⃣...) of loading `intents`, marked, in a one-locale bot.
    private func found(_ intents: String, slotTypes: String = "") -> [String] {
        let marked = MarkedText(withCodeHook(BotValidation.bot(intents: intents, slotTypes: slotTypes)))
        let markers = Dictionary(marked.positions.map { ($0.value, $0.key) }, uniquingKeysWith: { $1 })
        return BotValidation.diagnostics(marked.text).map {
            "\($0.severity) \($0.code.id) \($0.span.flatMap { markers[$0.start] } ?? $0.span?.start.description ?? "-")"
        }
    }

    @Test(
        "always true, never true, or either: by which references are set",
        arguments: [
            ("fn.COUNT({x}) >= 0", "always"), ("fn.COUNT({x}) > -1", "always"), ("fn.COUNT({x}) != 0.5", "always"),
            ("fn.IS_SET([a]) OR NOT fn.IS_SET([a])", "always"), ("!fn.IS_SET([a]) || fn.IS_SET([a])", "always"),
            ("fn.IS_SET([a]) OR fn.COUNT({x}) >= 0", "always"),
            ("fn.COUNT({x}) < 0", "never"), ("fn.IS_SET([a]) AND NOT fn.IS_SET([a])", "never"),
            ("NOT (fn.COUNT({x}) >= 0)", "never"), ("fn.LENGTH([a]) < 0", "never"), ("fn.COUNT({x}) = 1.5", "never"),
            ("{x} = 1 OR {x} != 1", "either"), ("[a] = \"1\"", "either"), ("fn.COUNT({x}) > 1", "either"),
            ("fn.IS_SET([a]) OR [a] = \"1\" OR fn.COUNT({x}) >= 0", "either"), ("fn.COUNT({x}) = 0", "either"),
            ("[a] = \"1\" OR fn.COUNT({x}) >= 0", "either"), ("fn.LENGTH([a]) >= 0", "either"),
        ])
    func reach(_ text: String, _ expected: String) throws {
        let condition = try Condition(parsing: text)
        let verdict =
            ConditionReach.isAlwaysTrue(condition)
            ? "always" : ConditionReach.isNeverTrue(condition) ? "never" : "either"
        #expect(verdict == expected, "\(text)")
    }

    @Test("normal forms ignore spacing, keyword spelling, parentheses and the case of constants")
    func normalForms() throws {
        let forms = try [
            "{a} = \"X\" && !fn.is_set([b])", "( {a}=\"x\" ) AND NOT (fn.IS_SET([b]))",
            "{a} = x AND NOT fn.IS_SET([b])",
        ]
        .map { ConditionReach.normalForm(try Condition(parsing: $0).expression) }
        #expect(Set(forms).count == 1, "\(forms)")
        let other = ConditionReach.normalForm(try Condition(parsing: "{a} = \"x\" OR NOT fn.IS_SET([b])").expression)
        #expect(!forms.contains(other))
    }

    @Test("a StartIntent cycle: a self-loop, through fulfillment and the closing, and broken by a wait")
    func cycles() {
        #expect(
            found(
                """
                      Loop:
                        utterances: [loop]
                        initialResponse: {then: StartIntent 1️⃣Loop}
                      Done:
                        utterances: [done]
                        closing: {say: Done., then: StartIntent 2️⃣Again}
                      Again:
                        utterances: [again]
                        initialResponse: {then: FulfillIntent}
                        closing: {say: Again., then: StartIntent Done}
                      Asks:
                        utterances: [asks]
                        slots:
                          Name: {type: AMAZON.FirstName, prompt: Name?}
                        closing: {say: Hi., then: StartIntent Waits}
                      Waits:
                        utterances: [waits]
                        initialResponse: {then: StartIntent Asks}
                """)
                == [
                    "error start-intent-cycle 1️⃣", "error start-intent-cycle 2️⃣",
                ])
    }

    @Test("a code hook's outcome: success without a call is certain, a failure path only may be")
    func cyclesThroughHooks() {
        #expect(
            found(
                """
                      Ping:
                        utterances: [ping]
                        dialogHook: true
                        initialResponse:
                          hook: {invoke: false, success: {then: StartIntent 1️⃣Pong}}
                      Pong:
                        utterances: [pong]
                        dialogHook: true
                        initialResponse:
                          hook: {success: {then: ElicitIntent}, failure: {then: StartIntent Ping}}
                """)
                == ["warning start-intent-cycle 1️⃣"])
    }

    @Test("a slot with a default value may be filled, so the default path may pass it")
    func cyclesPastDefaults() {
        #expect(
            found(
                """
                      Repeat:
                        utterances: [repeat]
                        slots:
                          Times: {type: AMAZON.Number, prompt: How often?, default: "2"}
                        closing: {say: Again., then: StartIntent 1️⃣Repeat}
                """)
                == ["warning start-intent-cycle 1️⃣"])
    }

    @Test("defaults of regex and top-resolution types, lists for multi-valued slots")
    func defaultsAndLists() {
        #expect(
            found(
                """
                      Order:
                        utterances: [order]
                        slots:
                          Code: {type: Code, prompt: Code?, default: [AB12, 1️⃣abc]}
                          Size: {type: Size, prompt: Size?, default: [large, 2️⃣huge]}
                          Toppings: {type: Size, prompt: Which?, multipleValues: true}
                        closing:
                          say: Done.
                          then: {action: ElicitIntent, slotsToSet: {Toppings: [small, large], Size: 3️⃣[small]}}
                """,
                slotTypes: """
                          Code: {regex: "[A-Z]{2}[0-9]{2}"}
                          Size: {resolution: top, values: [small, large]}
                    """)
                == [
                    "error invalid-default-value 1️⃣", "error invalid-default-value 2️⃣",
                    "error invalid-multiple-values 3️⃣",
                ])
    }

    @Test("a hook invoked from a branch is used; InvokeDialogCodeHook after a hook cannot run")
    func hooks() {
        #expect(
            found(
                """
                      Order:
                        utterances: [order]
                        dialogHook: true
                        slots:
                          Count:
                            type: AMAZON.Number
                            prompt: How many?
                            captured:
                              branches:
                                - {name: Many, if: '{Count} > 5', then: InvokeDialogCodeHook}
                              else: {then: FulfillIntent}
                            hook: {success: {then: 1️⃣InvokeDialogCodeHook}}
                """)
                == ["error misplaced-next-step 1️⃣"])
    }

    @Test("the flow points fill in the format's defaults")
    func flowPointDefaults() throws {
        let (bot, diagnostics) = BotValidation.load(
            withCodeHook(
                BotValidation.bot(
                    intents: """
                              Order:
                                utterances: [order]
                                dialogHook: true
                                fulfillmentHook: true
                                initialResponse: {say: Hi., hook: true}
                                slots:
                                  Count: {type: AMAZON.Number, prompt: How many?, captured: {say: OK.}}
                                confirmation: {prompt: Sure?, hook: true}
                                closing: {say: Bye., branches: [{name: A, if: '[a] = "1"', then: ElicitIntent}]}
                        """)))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let intent = try #require(bot?.definition.locales.first?.intents.first)
        let points = intent.flowPoints(fallbackIntent: "Fallback")
        let next = Dictionary(uniqueKeysWithValues: points.map { ($0.kind.description, $0.next) })
        #expect(next["the initial response"] == .implied(.invokeDialogCodeHook))
        #expect(next["the success of the code hook of the initial response"] == .some(nil))
        #expect(next["the failure of the code hook of the initial response"] == .implied(.endConversation))
        #expect(next["the capture of slot 'Count'"] == .some(nil))
        #expect(next["the failure of slot 'Count'"] == .implied(.startIntent, intent: "Fallback"))
        #expect(next["the confirmed answer"] == .implied(.invokeDialogCodeHook))
        #expect(next["the declined answer"] == .implied(.endConversation))
        #expect(next["the fulfillment's success"] == .implied(.closeIntent))
        #expect(next["the closing"] == .implied(.evaluateConditional))
        #expect(points.count == 16)
    }
}
