import Foundation
import LexModel
import MeetyDiagnostics
import Testing

@Suite("Strict JSON parsing")
struct JSONParserTests {
    private func failure(_ text: String) -> Diagnostic? { failure(utf8(text)) }

    private func failure(_ data: Data) -> Diagnostic? {
        do {
            _ = try LexJSON.parse(data, file: "x.json")
            return nil
        } catch {
            return error
        }
    }

    @Test("values parse with integers and fractions kept apart")
    func values() throws {
        let value = try LexJSON.parse(
            utf8(#"{"a": [1, -2.5, 3e2, true, false, null], "b": "\u00e9\ud83d\ude00\/\n", "c": {}}"#),
            file: "x.json"
        )
        #expect(value["a"] == .array([.integer(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null]))
        #expect(value["b"] == .string("é😀/\n"))
        #expect(value["c"] == .object([:]))
    }

    @Test("a UTF-8 byte-order mark is skipped")
    func byteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + utf8(#"{"a": 1}"#)
        #expect(try LexJSON.parse(data, file: "x.json") == .object(["a": .integer(1)]))
    }

    @Test(
        "malformed JSON is reported at its line and column",
        arguments: [
            ("[1,]", 1, 4, "expected a value but found character ']'"),
            ("{\"a\": 1,\n  \"a\": 2}", 2, 3, "duplicate key 'a'"),
            ("{\"a\":\n tru}", 2, 2, "invalid literal, expected 'true'"),
            ("{\"a\" 1}", 1, 6, "expected ':' after key 'a' but found character '1'"),
            ("\"tab\there\"", 1, 5, "control character"),
            ("\"\\ud800x\"", 1, 8, "a high surrogate must be followed by a low surrogate"),
            ("\"\\q\"", 1, 3, "invalid escape sequence"),
            ("01", 1, 2, "unexpected character '1' after the end of the document"),
            ("-", 1, 2, "invalid number: expected a digit"),
            ("1.", 1, 3, "expected a digit after '.'"),
            ("", 1, 1, "the file is empty"),
            ("{\"a\": \"b", 1, 7, "unterminated string"),
            ("{} {}", 1, 4, "unexpected character '{' after the end of the document"),
            ("é", 1, 1, "expected a value but found byte 0xC3"),
        ]
    )
    func malformed(text: String, line: Int, column: Int, message: String) throws {
        let diagnostic = try #require(failure(text))
        #expect(diagnostic.code == .lexInvalidJSON)
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
        #expect(diagnostic.span?.file == "x.json")
        #expect(diagnostic.span?.start == SourcePosition(line: line, column: column))
    }

    @Test("invalid UTF-8 inside a string is rejected")
    func invalidUTF8() throws {
        let diagnostic = try #require(failure(utf8("\"a") + Data([0xFF, 0xFE]) + utf8("\"")))
        #expect(diagnostic.message.contains("not valid UTF-8"))
    }

    @Test("deep nesting ends in a diagnostic, not a stack overflow")
    func nestingBomb() throws {
        let diagnostic = try #require(failure(String(repeating: "[", count: 100_000)))
        #expect(diagnostic.message.contains("nested deeper than 128 levels"))
        #expect(
            try LexJSON.parse(utf8(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)), file: "x")
                != .null)
    }

    @Test("columns count Unicode scalars, as the YAML layer does")
    func columns() throws {
        let diagnostic = try #require(failure("{\"é😀\": x}"))
        #expect(diagnostic.span?.start == SourcePosition(line: 1, column: 8))
    }
}
