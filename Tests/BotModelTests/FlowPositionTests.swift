import MeetyDiagnostics
import MeetyTestSupport
import Testing
import YAMLNode

@testable import BotModel

/// Positions inside flow values: a condition's column is the value's own column plus the offset in
/// the expression, past an opening quote and any two-character escape before it.
@Suite("Positions inside conditions and next steps")
struct FlowPositionTests {
    private let tail = "which intent 'Order' does not have (did you mean 'Count'?)"
    private let conditionTail = "which the intent does not have (did you mean 'Count'?)"

    @Test("an unknown slot in a condition is reported at its name, whatever the quoting")
    func slotNames() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Order:
                    utterances: [order]
                    slots:
                      Count: {type: AMAZON.Number, prompt: How many?}
                    closing:
                      say: Done.
                      branches:
                        - name: Plain
                          if: fn.IS_SET({1️⃣Cont})
                          then: ElicitIntent
                        - name: Single
                          if: '[it''s] = "1" AND {2️⃣Cont} > 1'
                          then: ElicitIntent
                        - name: Double
                          if: "[plan] = \\"x\\" AND {3️⃣Cont} > 1"
                          then: ElicitIntent
                        - name: Folded
                          if: 4️⃣>-
                            {Count} > 1 AND {Cont} > 2
                          then: ElicitIntent
                  Fallback: {parent: AMAZON.FallbackIntent}
            """
        )
        let lead = "in the closing of intent 'Order' names slot 'Cont',"
        expectDiagnostics(
            marked,
            [
                .error(.undefinedSlotReference, at: "1️⃣", "condition of branch 'Plain' \(lead) \(conditionTail)"),
                .error(.undefinedSlotReference, at: "2️⃣", "condition of branch 'Single' \(lead) \(conditionTail)"),
                .error(.undefinedSlotReference, at: "3️⃣", "condition of branch 'Double' \(lead) \(conditionTail)"),
                .error(
                    .undefinedSlotReference, at: "4️⃣",
                    "condition of branch 'Folded' \(lead) \(conditionTail) (cols 18-21 of the condition)"),
            ]
        )
    }

    @Test("a syntax error is reported at its column inside the expression")
    func syntaxErrors() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Order:
                    utterances: [order]
                    closing:
                      say: Done.
                      branches:
                        - {name: A, if: '[a] 1️⃣== "1"', then: ElicitIntent}
                        - {name: B, if: "[2️⃣\\"b\\"] = 'x'", then: ElicitIntent}
                        - name: C
                          if: fn.IS_SET([a]) AND3️⃣
                          then: ElicitIntent
                  Fallback: {parent: AMAZON.FallbackIntent}
            """
        )
        let lead = "in the closing of intent 'Order' does not parse:"
        expectDiagnostics(
            marked,
            [
                .error(
                    .conditionSyntax, at: "1️⃣",
                    "condition of branch 'A' \(lead) '==' is not an operator; Lex compares with '='"),
                .error(
                    .conditionSyntax, at: "2️⃣",
                    "condition of branch 'B' \(lead) expected a session attribute name after '[' but found '\"'"),
                .error(
                    .conditionSyntax, at: "3️⃣",
                    "condition of branch 'C' \(lead) expected a condition but the condition ends"),
            ]
        )
    }

    @Test("next-step targets are reported at the name inside the action text")
    func nextStepTargets() {
        let marked = MarkedText(
            """
            name: TestBot
            locales:
              en_US:
                intents:
                  Order:
                    utterances: [order]
                    slots:
                      Count: {type: AMAZON.Number, prompt: How many?, captured: {then: "ElicitSlot  1️⃣Cont"}}
                    closing:
                      say: Done.
                      then: {action: 'StartIntent  2️⃣Ordr'}
                  Fallback: {parent: AMAZON.FallbackIntent}
            """
        )
        expectDiagnostics(
            marked,
            [
                .error(
                    .undefinedNextStepTarget, at: "1️⃣",
                    "next step 'ElicitSlot Cont' in the capture of slot 'Count' of intent 'Order' elicits slot 'Cont', "
                        + tail),
                .error(
                    .undefinedNextStepTarget, at: "2️⃣",
                    "next step 'StartIntent Ordr' in the closing of intent 'Order' names intent 'Ordr', which locale "
                        + "'en_US' does not have (did you mean 'Order'?)"),
            ]
        )
    }

    @Test("scalar layouts: exact on one line with escapes, the start otherwise")
    func layouts() throws {
        let text = """
            a: 'it''s {x}'
            b: "q\\"{x}"
            c: plain {x}
            d: |
              {x}
            e: "\\u0041{x}"
            """
        var bag = DiagnosticBag()
        let root = try #require(YAMLParser().parse(text, file: "t.yaml", into: &bag)?.mapping)
        func layout(_ key: String) throws -> ScalarLayout { ScalarLayout(try #require(root[key]?.scalar)) }
        let single = try layout("a")
        #expect(single.isExact && single.position(at: 5) == SourcePosition(line: 1, column: 11))
        let double = try layout("b")
        #expect(double.isExact && double.position(at: 2) == SourcePosition(line: 2, column: 8))
        let plain = try layout("c")
        #expect(plain.isExact && plain.position(at: 6) == SourcePosition(line: 3, column: 10))
        let block = try layout("d")
        #expect(!block.isExact && block.position(at: 1) == SourcePosition(line: 4, column: 4))
        let unknownEscape = try layout("e")
        #expect(!unknownEscape.isExact && unknownEscape.position(at: 1) == SourcePosition(line: 6, column: 5))
    }
}
