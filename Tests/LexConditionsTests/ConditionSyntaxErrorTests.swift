import LexConditions
import Testing

@Suite("Condition syntax errors name the problem and its column")
struct ConditionSyntaxErrorTests {
    @Test(
        "each syntax error at its column",
        arguments: [
            ("", 1, "the condition is empty"),
            ("   ", 4, "the condition is empty"),
            ("{age}", 6, "expected a comparison operator or CONTAINS after {age} but found the end of the expression"),
            ("{age} AND [b] = 1", 7, "expected a comparison operator or CONTAINS after {age} but found 'AND'"),
            ("{age} >", 8, "expected a constant after '>' but found the end of the expression"),
            ("{age} > {min}", 9, "the right-hand side of a comparison must be a constant, not the reference {min}"),
            (
                "10 < {age}", 1,
                "a comparison starts with a reference ({slot}, [attribute], ((attribute)) or $.path), not with a constant such as '10'"
            ),
            (
                "\"a\" = [b]", 1,
                "a comparison starts with a reference ({slot}, [attribute], ((attribute)) or $.path), not with a constant such as the string \"a\""
            ),
            ("{age} == 10", 7, "'==' is not an operator; Lex compares with '='"),
            ("{age} <> 10", 7, "'<>' is not an operator; write '!=' for not equal"),
            ("[a] = 1 & [b] = 2", 9, "a single '&' is not an operator; write AND or &&"),
            ("[a] = 1 | [b] = 2", 9, "a single '|' is not an operator; write OR or ||"),
            ("{name} = 'Ann'", 10, "strings are written in double quotes (\"...\"), not single quotes"),
            ("{name} = \"Ann", 10, "unterminated string: the '\"' at col 10 has no closing quote"),
            ("{name = \"Ann\"", 6, "expected '}' to end the slot reference but found a space"),
            ("{name", 1, "unterminated slot reference: the '{' at col 1 has no closing '}'"),
            ("{} = 1", 1, "empty slot reference '{}'"),
            ("{ name} = 1", 2, "expected a slot name after '{' but found a space"),
            ("{a.} = 1", 4, "expected a slot name after '.' but found '}'"),
            ("{a.b.c} = 1", 5, "expected '}' to end the slot reference but found '.'"),
            ("[] = 1", 1, "empty session attribute reference '[]'"),
            ("[a b] = 1", 3, "expected ']' to end the session attribute reference but found a space"),
            ("[a = 1", 3, "expected ']' to end the session attribute reference but found a space"),
            ("[a", 1, "unterminated session attribute reference: the '[' at col 1 has no closing ']'"),
            ("$inputMode = \"x\"", 1, "a JSON path is written '$.name', as in $.inputTranscript"),
            ("$. = \"x\"", 3, "expected a name after '.' in a JSON path but found a space"),
            ("$.transcriptions[x] = 1", 18, "expected a list index after '[' in a JSON path but found 'x'"),
            ("$.transcriptions[0 = 1", 19, "expected ']' to end the JSON path index but found a space"),
            ("fn.SIZE({a}) = 1", 1, "unknown function 'fn.SIZE'; Lex has fn.COUNT, fn.IS_SET and fn.LENGTH"),
            ("fn.COUNT {a} = 1", 10, "expected '(' after fn.COUNT but found '{a}'"),
            (
                "fn.COUNT(\"a\") = 1", 10,
                "the argument of fn.COUNT must be a reference ({slot}, [attribute] or ((attribute))), not the string \"a\""
            ),
            ("fn.COUNT({a} = 1", 14, "expected ')' after the argument of fn.COUNT but found '='"),
            (
                "fn.COUNT({a})", 14,
                "expected a comparison operator after fn.COUNT(...), which gives a number but found the end of the expression"
            ),
            (
                "fn.LENGTH({a}) CONTAINS \"x\"", 16,
                "expected a comparison operator after fn.LENGTH(...), which gives a number but found 'CONTAINS'"
            ),
            (
                "fn.IS_SET({a}) = true", 16,
                "fn.IS_SET is a condition on its own and cannot be compared; write fn.IS_SET(...) or NOT fn.IS_SET(...)"
            ),
            ("({a} = 1", 9, "expected ')' to close the '(' at col 1 but found the end of the expression"),
            ("{a} = 1)", 8, "unexpected ')' without a matching '('"),
            ("()", 2, "expected a condition but found ')'"),
            ("{a} = 1 AND", 12, "expected a condition but the condition ends"),
            ("AND {a} = 1", 1, "expected a condition before 'AND'"),
            ("{a} = 1 OR OR {b} = 2", 12, "expected a condition before 'OR'"),
            ("= 1", 1, "expected a condition before '='"),
            ("NOT", 4, "expected a condition but the condition ends"),
            ("{a} = 1 {b} = 2", 9, "expected AND, OR or the end of the condition but found '{b}'"),
            ("{a} = 1 2", 9, "expected AND, OR or the end of the condition but found '2'"),
            ("{a} = #1", 7, "unexpected character '#'"),
            ("{a} = \u{0}1", 7, "unexpected character U+0000"),
            ("[a\u{7}] = 1", 3, "expected ']' to end the session attribute reference but found U+0007"),
            ("{a} = 1 \u{202E}", 9, "unexpected character U+202E"),
            ("{a} CONTAINS", 13, "expected a constant after CONTAINS but found the end of the expression"),
            ("{a} CONTAINS {b}", 14, "the right-hand side of a comparison must be a constant, not the reference {b}"),
        ])
    func syntaxError(text: String, column: Int, message: String) {
        #expect(parseShape(text) == "error@\(column): \(message)")
    }

    @Test("nesting is bounded: 100 levels parse, 101 are an error, 100,000 do not overflow the stack")
    func depth() {
        let hundred = String(repeating: "(", count: 100) + "[a] = 1" + String(repeating: ")", count: 100)
        #expect(!parseShape(hundred).hasPrefix("error"))
        let deeper = String(repeating: "(", count: 101) + "[a] = 1" + String(repeating: ")", count: 101)
        #expect(parseShape(deeper) == "error@101: the condition nests parentheses or NOTs more than 100 levels deep")
        let nots = String(repeating: "!", count: 100_000) + "fn.IS_SET([a])"
        #expect(parseShape(nots).hasPrefix("error@101: "))
        let parentheses = String(repeating: "(", count: 100_000)
        #expect(parseShape(parentheses).hasPrefix("error@101: "))
    }

    @Test("columns count Unicode scalars, as file columns do")
    func unicodeColumns() {
        #expect(parseShape("[café] = \"😀\" AND ? ") == "error@18: unexpected character '?'")
    }
}
