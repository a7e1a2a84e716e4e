/// What a text's `{Slot}` and `[attribute]` markup says, and what is wrong with it.
///
/// Utterances and messages share the slot syntax; messages add session attributes. One scan
/// finds every well-formed reference and every malformed one, so the reference rules and the
/// syntax rules agree on what a brace means. Positions count characters from 1.
struct TemplateScan {
    /// A `{Name}` whose name is a valid slot name.
    struct Reference: Equatable {
        /// The slot name between the braces.
        var name: String
        /// The 1-based character position of `{`.
        var position: Int
    }

    /// Well-formed slot references, in order.
    private(set) var slots: [Reference] = []
    /// Well-formed attribute names, in order (only when attributes were scanned).
    private(set) var attributes: [String] = []
    /// Problems with braces, each a phrase such as "an unclosed '{' at character 9".
    private(set) var braceProblems: [String] = []
    /// Problems with square brackets (only when attributes were scanned).
    private(set) var bracketProblems: [String] = []

    /// Scans `text`; `attributes` also scans `[attribute]` markup (messages).
    ///
    /// ASCII text (nearly every utterance) is scanned as bytes, where a byte is a character;
    /// other text as characters, so positions always count characters.
    init(_ text: String, attributes scanAttributes: Bool = false) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let marks = Marks(
                openBrace: UInt8(ascii: "{"), closeBrace: UInt8(ascii: "}"), openBracket: UInt8(ascii: "["),
                closeBracket: UInt8(ascii: "]"))
            scan(Array(text.utf8), marks: marks, attributes: scanAttributes) {
                String(decoding: $0, as: UTF8.self)
            }
        } else {
            let marks = Marks<Character>(openBrace: "{", closeBrace: "}", openBracket: "[", closeBracket: "]")
            scan(Array(text), marks: marks, attributes: scanAttributes) { String($0) }
        }
    }

    /// Scans ASCII `text` for slot references without building a scan: calls `visit` with the
    /// bytes of each well-formed `{Name}` (the names `slots` would hold, in order) and returns
    /// whether the braces have no problem (`braceProblems` would be empty). Returns `nil` for text
    /// that is not ASCII, which only a full `TemplateScan` handles.
    static func asciiSlotReferences(in text: String, visit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            var clean = true
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                if byte == UInt8(ascii: "}") {
                    clean = false
                } else if byte == UInt8(ascii: "{") {
                    var close = index + 1
                    while close < count, bytes[close] != UInt8(ascii: "}"), bytes[close] != UInt8(ascii: "{") {
                        guard bytes[close] < 0x80 else { return nil }
                        close += 1
                    }
                    if close < count, bytes[close] == UInt8(ascii: "}") {
                        let name = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close])
                        if LexName.isValidASCII(name) { visit(name) } else { clean = false }
                        index = close
                    } else {
                        clean = false
                    }
                }
                index += 1
            }
            return clean
        }
    }

    /// The four markup characters in the element type being scanned.
    private struct Marks<Element: Equatable> {
        let openBrace: Element
        let closeBrace: Element
        let openBracket: Element
        let closeBracket: Element
    }

    private mutating func scan<Element: Equatable>(
        _ elements: [Element], marks: Marks<Element>, attributes scanAttributes: Bool,
        text: (ArraySlice<Element>) -> String
    ) {
        var index = 0
        while index < elements.count {
            let element = elements[index]
            if element == marks.openBrace {
                index = scanBrace(elements, marks: marks, from: index, text: text)
            } else if element == marks.closeBrace {
                braceProblems.append("a '}' at character \(index + 1) that closes nothing")
                index += 1
            } else if scanAttributes, element == marks.openBracket {
                index = scanBracket(elements, marks: marks, from: index, text: text)
            } else if scanAttributes, element == marks.closeBracket {
                bracketProblems.append("a ']' at character \(index + 1) that closes nothing")
                index += 1
            } else {
                index += 1
            }
        }
    }

    /// The names of the slots referenced, in order, without repeats.
    var slotNames: [String] {
        var seen = Set<String>()
        return slots.map(\.name).filter { seen.insert($0).inserted }
    }

    private mutating func scanBrace<Element: Equatable>(
        _ elements: [Element], marks: Marks<Element>, from start: Int, text: (ArraySlice<Element>) -> String
    ) -> Int {
        guard let close = closing(marks.closeBrace, opening: marks.openBrace, in: elements, after: start) else {
            braceProblems.append("an unclosed '{' at character \(start + 1)")
            return start + 1
        }
        let name = text(elements[(start + 1)..<close])
        if name.isEmpty {
            braceProblems.append("'{}' at character \(start + 1), which names no slot")
        } else if let problem = LexName.problem(in: name) {
            braceProblems.append("'{\(name)}' at character \(start + 1), which is not a slot name (\(problem))")
        } else {
            slots.append(Reference(name: name, position: start + 1))
        }
        return close + 1
    }

    private mutating func scanBracket<Element: Equatable>(
        _ elements: [Element], marks: Marks<Element>, from start: Int, text: (ArraySlice<Element>) -> String
    ) -> Int {
        guard let close = closing(marks.closeBracket, opening: marks.openBracket, in: elements, after: start) else {
            bracketProblems.append("an unclosed '[' at character \(start + 1)")
            return start + 1
        }
        let name = text(elements[(start + 1)..<close])
        if name.trimmingWhitespace.isEmpty {
            bracketProblems.append("'[\(name)]' at character \(start + 1), which names no session attribute")
        } else if name != name.trimmingWhitespace || name.contains(where: { $0 == "{" || $0 == "}" }) {
            bracketProblems.append(
                "'[\(name)]' at character \(start + 1), which is not an attribute name (no spaces around it, no braces)"
            )
        } else {
            attributes.append(name)
        }
        return close + 1
    }

    /// The index of the `close` element ending the markup opened at `start`, or `nil` when the
    /// markup is not closed before the next `opening` or the end of the text.
    private func closing<Element: Equatable>(
        _ close: Element, opening: Element, in elements: [Element], after start: Int
    )
        -> Int?
    {
        var index = start + 1
        while index < elements.count {
            if elements[index] == close { return index }
            if elements[index] == opening { return nil }
            index += 1
        }
        return nil
    }
}

extension String {
    /// The text without leading and trailing white space.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    /// Whether the text is empty or only white space.
    var isBlank: Bool {
        // Nearly every text starts with an ASCII character that is not white space (Unicode's
        // White_Space in ASCII is U+0009...U+000D and the space): decided by its first byte.
        if let first = utf8.first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) { return false }
        return unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}
