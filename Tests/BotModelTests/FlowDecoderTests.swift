import MeetyDiagnostics
import MeetyTestSupport
import Testing

@testable import BotModel

@Suite("Decoding conversation flows")
struct FlowDecoderTests {
    private func intents(_ yaml: String) throws -> [IntentDefinition] {
        let text = BotValidation.bot(intents: yaml, slotTypes: "      Topping: {values: [ham, cheese]}")
        let (bot, diagnostics) = BotValidation.load(
            text.replacingOccurrences(of: "locales:", with: "codeHook: meety\nlocales:"))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        return try #require(bot?.definition.locales.first?.intents)
    }

    @Test("short and long next steps, with targets, set values and attributes")
    func nextSteps() throws {
        let intent = try #require(
            try intents(
                """
                      Order:
                        utterances: [order]
                        slots:
                          Size:
                            type: AMAZON.AlphaNumeric
                            prompt: Which size?
                            captured: {then: ElicitSlot Count}
                          Count: {type: AMAZON.Number, prompt: How many?}
                        closing:
                          say: Done.
                          then:
                            action: StartIntent Order
                            slotsToSet: {Size: null, Count: "2"}
                            sessionAttributes: {again: "yes", empty: ""}
                            suppressNextMessage: true
                """
            ).first)
        let captured = try #require(intent.slots.first?.captured?.flow.next)
        #expect(captured.action.value == .elicitSlot)
        #expect(captured.slot?.value == "Count")
        #expect(captured.summary == "ElicitSlot Count")
        let closing = try #require(intent.closingFlow?.next)
        #expect(intent.closing?.text == "Done.")
        #expect(closing.summary == "StartIntent Order")
        #expect(closing.slotsToSet.map(\.name.value) == ["Size", "Count"])
        #expect(closing.slotsToSet.map(\.value) == [.clear, .value(Located("2", at: closing.span))])
        #expect(closing.sessionAttributes.map { "\($0.name.value)=\($0.value.value)" } == ["again=yes", "empty="])
        #expect(closing.suppressNextMessage?.value == true)
    }

    @Test("messages stay messages; a mapping adds what follows them")
    func messagesOrOutcomes() throws {
        let intent = try #require(
            try intents(
                """
                      Order:
                        utterances: [order]
                        slots:
                          Size: {type: AMAZON.AlphaNumeric, prompt: Which size?, failure: Sorry.}
                        confirmation:
                          prompt: Sure?
                          declined: {say: [OK., Fine.], then: ElicitSlot Size}
                          failure: {then: EndConversation}
                        closing: Bye.
                """
            ).first)
        #expect(intent.slots.first?.failure?.text == "Sorry.")
        #expect(intent.slots.first?.failureFlow == nil)
        #expect(intent.confirmation?.declined?.variants.map(\.value) == ["OK.", "Fine."])
        #expect(intent.confirmation?.declinedFlow?.next?.summary == "ElicitSlot Size")
        #expect(intent.confirmation?.failure == nil)
        #expect(intent.confirmation?.failureFlow?.next?.action.value == .endConversation)
        #expect(intent.closing?.text == "Bye.")
        #expect(intent.closingFlow == nil)
    }

    @Test("branches, else, hooks with labels, contexts, defaults and multiple values")
    func everything() throws {
        let intents = try intents(
            """
                  Order:
                    utterances: [order]
                    dialogHook: true
                    inputContexts: Ready
                    outputContexts: [{name: Ordered, turns: 3, ttl: 90}]
                    initialResponse:
                      say: Hi.
                      hook: {label: Start, invoke: false, failure: {then: EndConversation}}
                    slots:
                      Toppings:
                        type: Topping
                        multipleValues: true
                        prompt: Which?
                        default: ["[usual]", ham]
                        elicitationHook: {label: AskToppings}
                        hook: true
                        captured:
                          branches:
                            - {name: Many, if: 'fn.COUNT({Toppings}) > 2', say: Wow., then: InvokeDialogCodeHook}
                          else: {say: Fine., then: InvokeDialogCodeHook}
                    fulfillment:
                      success: Done.
                      timeout: {say: Slow., then: EndConversation}
            """
        )
        let order = try #require(intents.first)
        #expect(order.inputContexts.map(\.value) == ["Ready"])
        #expect(
            order.outputContexts.map { "\($0.name.value) \($0.turns.value) \($0.timeToLive.value)" } == ["Ordered 3 90"]
        )
        #expect(order.initialResponse?.outcome.message?.text == "Hi.")
        #expect(order.initialResponse?.hook?.label?.value == "Start")
        #expect(order.initialResponse?.hook?.invokes == false)
        let slot = try #require(order.slots.first)
        #expect(slot.isMultiValued)
        #expect(slot.defaultValues.map(\.value) == ["[usual]", "ham"])
        #expect(slot.elicitationHook?.label?.value == "AskToppings")
        #expect(slot.elicitationHook?.invoke.value == true)
        #expect(slot.hook != nil && slot.hook?.label == nil)
        let branch = try #require(slot.captured?.flow.branches.first)
        #expect(branch.name.value == "Many")
        #expect(branch.condition.condition?.text == "fn.COUNT({Toppings}) > 2")
        #expect(branch.message?.text == "Wow.")
        #expect(slot.captured?.flow.otherwise?.message?.text == "Fine.")
        #expect(order.fulfillment?.success?.message?.text == "Done.")
        #expect(order.fulfillment?.timeout?.flow.next?.action.value == .endConversation)
    }

    @Test("malformed flows are decoding errors at the offending text")
    func malformed() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Order:
                    utterances: [order]
                    initialResponse: {then: 1️⃣Elicit Slot}
                    closing:
                      say: Bye.
                      else: {then: EndConversation}
                      branches:
                        - {name: A, if: 2️⃣{x: y}, then: ElicitIntent}
                        - 3️⃣{name: B, 4️⃣iff: '[a] = "1"', then: ElicitIntent}
                    confirmation:
                      prompt: Sure?
                      declined: {then: {action: StartIntent Order, intent: 5️⃣Other}}
                      failure: {then: {action: ElicitIntent, sessionAttributes: {a: 6️⃣~}}}
                  Fallback: {parent: AMAZON.FallbackIntent, closing: {say: Sorry., 7️⃣else: Bye.}}
            """
        )
        let actions = FlowAction.allCases.map(\.rawValue).joined(separator: ", ")
        expectDiagnostics(
            marked,
            [
                .error(
                    .typeMismatch, at: "1️⃣",
                    "'then' of the initial response of intent 'Order' must start with a dialog action (\(actions)), "
                        + "not 'Elicit'"),
                .error(
                    .typeMismatch, at: "2️⃣",
                    "expected text for 'if' of branch 'A', found a mapping; quote a condition that starts with { or ["),
                .error(.missingKey, at: "3️⃣", "branch 2 of the closing of intent 'Order' is missing required key 'if'"),
                .error(
                    .unknownKey, at: "4️⃣",
                    "unknown key 'iff' in branch 2 of the closing of intent 'Order' (did you mean 'if'?)"),
                .error(
                    .typeMismatch, at: "5️⃣",
                    "'intent' of 'then' of the declined answer of intent 'Order' names the intent whose slot "
                        + "ElicitSlot elicits; StartIntent names its intent after the action: 'StartIntent Other'"),
                .error(
                    .typeMismatch, at: "6️⃣",
                    "expected text for session attribute 'a' of 'then' of the failure of the confirmation of intent "
                        + "'Order', found an empty value; write \"\" for an empty value"),
                .error(
                    .missingKey, at: "7️⃣",
                    "the closing of intent 'Fallback' has 'else' but no 'branches'; 'else' is the branch taken when "
                        + "none matches"),
            ]
        )
    }
}
