import LexConditions
import MeetyDiagnostics
import Testing

@Suite("Parsing conditions")
struct ConditionParserTests {
    @Test(
        "every comparison operator",
        arguments: [
            ("{age} = 10", "{age} = #10"), ("{age} != 10", "{age} != #10"), ("{age} < 10", "{age} < #10"),
            ("{age} <= 10", "{age} <= #10"), ("{age} > 10", "{age} > #10"), ("{age} >= 10", "{age} >= #10"),
            ("{age}>=10", "{age} >= #10"), ("{age}!=\"x\"", "{age} != \"x\""),
        ])
    func comparators(text: String, shape: String) {
        #expect(parseShape(text) == shape)
    }

    @Test(
        "references, functions and constants",
        arguments: [
            ("[customer_subcription_type] = \"yearly\"", "[customer_subcription_type] = \"yearly\""),
            ("((retry_enabled)) = \"TRUE\"", "((retry_enabled)) = \"TRUE\""),
            ("$.inputMode = \"Speech\"", "$.inputMode = \"Speech\""),
            ("$.transcriptions[0].transcriptionConfidence < 0.8", "$.transcriptions[0].transcriptionConfidence < #0.8"),
            ("{toppings} CONTAINS \"pineapple\"", "{toppings} contains \"pineapple\""),
            ("fn.COUNT({topping}) > 2", "count({topping}) > #2"),
            ("fn.LENGTH({credit-card-number}) = 12", "length({credit-card-number}) = #12"),
            ("fn.IS_SET({toppings})", "is_set({toppings})"),
            (
                "fn.IS_SET(((x-amz-lex:kendra-search-response-question_answer-question-1)))",
                "is_set(((x-amz-lex:kendra-search-response-question_answer-question-1)))"
            ),
            ("{travelDuration} < P2H", "{travelDuration} < word:P2H"),
            ("{phoneNumer} = 716767891932", "{phoneNumer} = #716767891932"),
            ("{delta} > -5", "{delta} > #-5"),
            ("{time} > \"20:00\"", "{time} > \"20:00\""),
            ("{address.City} = \"Seattle\"", "{address.City} = \"Seattle\""),
            ("[a] = \"say \\\"hi\\\" \\\\ back\"", "[a] = \"say \"hi\" \\ back\""),
            ("[a] = \"\"", "[a] = \"\""),
            ("[a] = \"C:\\path\"", "[a] = \"C:\\path\""),
        ])
    func forms(text: String, shape: String) {
        #expect(parseShape(text) == shape)
    }

    @Test("NOT binds tighter than AND, AND tighter than OR; both associate to the left")
    func precedence() {
        #expect(parseShape("[a] = 1 OR [b] = 2 AND [c] = 3") == "(or [a] = #1 (and [b] = #2 [c] = #3))")
        #expect(parseShape("[a] = 1 AND [b] = 2 OR [c] = 3") == "(or (and [a] = #1 [b] = #2) [c] = #3)")
        #expect(parseShape("[a] = 1 AND [b] = 2 AND [c] = 3") == "(and (and [a] = #1 [b] = #2) [c] = #3)")
        #expect(parseShape("[a] = 1 OR [b] = 2 OR [c] = 3") == "(or (or [a] = #1 [b] = #2) [c] = #3)")
        #expect(parseShape("NOT [a] = 1 AND [b] = 2") == "(and (not [a] = #1) [b] = #2)")
        #expect(parseShape("!fn.IS_SET([a]) || [a] = \"0\"") == "(or (not is_set([a])) [a] = \"0\")")
        #expect(parseShape("NOT NOT fn.IS_SET([a])") == "(not (not is_set([a])))")
        #expect(parseShape("([a] = 1 OR [b] = 2) AND [c] = 3") == "(and (group (or [a] = #1 [b] = #2)) [c] = #3)")
        #expect(parseShape("[a] = 1 && [b] = 2 || ! [c] = 3") == "(or (and [a] = #1 [b] = #2) (not [c] = #3))")
    }

    @Test("ranges cover the text of each node; a request attribute's range is its delimiters, its name inside")
    func ranges() throws {
        let parsed = try condition("  fn.COUNT({x}) > 2 AND ((flag)) = \"on\"")
        #expect(parsed.expression.range == ConditionRange(2, 39))
        guard case .and(let left, let right) = parsed.expression.kind else {
            Issue.record("not an AND: \(parsed.expression.shape)")
            return
        }
        #expect(left.range == ConditionRange(2, 19))
        #expect(right.range == ConditionRange(24, 39))
        let references = parsed.references
        #expect(references.map(\.text) == ["{x}", "((flag))"])
        #expect(references.map(\.range) == [ConditionRange(11, 14), ConditionRange(24, 32)])
        #expect(references.map(\.nameRange) == [ConditionRange(12, 13), ConditionRange(26, 30)])
    }

    @Test("keywords in another case parse, with a warning at the keyword")
    func keywordCase() throws {
        let parsed = try condition("not fn.is_set([a]) and [b] contains \"x\" Or [c] = 1")
        #expect(parsed.expression.shape == "(or (and (not is_set([a])) [b] contains \"x\") [c] = #1)")
        #expect(
            parsed.warnings.map(\.description) == [
                "cols 1-3: warning: 'not' is not written in upper case; Lex documents it as 'NOT' [condition-keyword-case]",
                "cols 5-13: warning: 'fn.is_set' is not written in upper case; Lex documents it as 'fn.IS_SET' [condition-keyword-case]",
                "cols 20-22: warning: 'and' is not written in upper case; Lex documents it as 'AND' [condition-keyword-case]",
                "cols 28-35: warning: 'contains' is not written in upper case; Lex documents it as 'CONTAINS' [condition-keyword-case]",
                "cols 41-42: warning: 'Or' is not written in upper case; Lex documents it as 'OR' [condition-keyword-case]",
                "cols 41-42: warning: AND and OR are mixed without parentheses; this reads as (... AND ...) OR ..., but Lex does not document which binds tighter [condition-ambiguous-precedence]",
            ])
    }

    @Test("AND inside OR without parentheses warns at the OR; with parentheses it does not")
    func ambiguousPrecedence() throws {
        let bare = try condition("[a] = 1 OR [b] = 2 AND [c] = 3")
        #expect(bare.warnings.map(\.code) == [.conditionAmbiguousPrecedence])
        #expect(bare.warnings.first?.range == ConditionRange(8, 10))
        #expect(try condition("[a] = 1 OR ([b] = 2 AND [c] = 3)").warnings.isEmpty)
        #expect(try condition("([a] = 1 OR [b] = 2) AND [c] = 3").warnings.isEmpty)
        #expect(try condition("[a] = 1 OR [b] = 2 OR [c] = 3").warnings.isEmpty)
    }

    @Test("sub-slots, undocumented paths and paths in functions parse with a warning")
    func undocumentedReferences() throws {
        let parsed = try condition("{address.City} = \"x\" AND $.sessionId = \"1\" AND fn.IS_SET($.inputMode)")
        #expect(parsed.warnings.map(\.code) == Array(repeating: .conditionUndocumentedReference, count: 3))
        #expect(parsed.warnings.map(\.range.column) == [1, 26, 58])
        #expect(
            try condition("$.inputTranscript = \"hi\" OR $.transcriptions[2].transcriptionConfidence > 0.5").warnings
                .isEmpty)
    }

    @Test("a syntax error becomes a diagnostic at the file position of the expression plus its offset")
    func diagnosticPosition() {
        do {
            _ = try Condition(parsing: "{age} > {min}")
            Issue.record("parsed a reference on the right-hand side")
        } catch {
            let start = SourcePosition(line: 12, column: 20, offset: 300)
            let diagnostic = error.diagnostic(file: "bots/b.yaml", expressionStart: start)
            #expect(
                diagnostic.description
                    == "bots/b.yaml:12:28: error: the right-hand side of a comparison must be a constant, not the reference {min} [condition-syntax]"
            )
            #expect(diagnostic.span?.end.column == 33)
        }
    }
}
