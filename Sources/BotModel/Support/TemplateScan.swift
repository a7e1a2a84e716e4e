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
    init(_ text: String, attributes scanAttributes: Bool = false) {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "{":
                index = scanBrace(characters, from: index)
            case "}":
                braceProblems.append("a '}' at character \(index + 1) that closes nothing")
                index += 1
            case "[" where scanAttributes:
                index = scanBracket(characters, from: index)
            case "]" where scanAttributes:
                bracketProblems.append("a ']' at character \(index + 1) that closes nothing")
                index += 1
            default:
                index += 1
            }
        }
    }

    /// The names of the slots referenced, in order, without repeats.
    var slotNames: [String] {
        var seen = Set<String>()
        return slots.map(\.name).filter { seen.insert($0).inserted }
    }

    private mutating func scanBrace(_ characters: [Character], from start: Int) -> Int {
        guard let close = closing("}", opening: "{", in: characters, after: start) else {
            braceProblems.append("an unclosed '{' at character \(start + 1)")
            return start + 1
        }
        let name = String(characters[(start + 1)..<close])
        if name.isEmpty {
            braceProblems.append("'{}' at character \(start + 1), which names no slot")
        } else if let problem = LexName.problem(in: name) {
            braceProblems.append("'{\(name)}' at character \(start + 1), which is not a slot name (\(problem))")
        } else {
            slots.append(Reference(name: name, position: start + 1))
        }
        return close + 1
    }

    private mutating func scanBracket(_ characters: [Character], from start: Int) -> Int {
        guard let close = closing("]", opening: "[", in: characters, after: start) else {
            bracketProblems.append("an unclosed '[' at character \(start + 1)")
            return start + 1
        }
        let name = String(characters[(start + 1)..<close])
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

    /// The index of the `close` character ending the markup opened at `start`, or `nil` when the
    /// markup is not closed before the next `opening` or the end of the text.
    private func closing(_ close: Character, opening: Character, in characters: [Character], after start: Int) -> Int? {
        var index = start + 1
        while index < characters.count {
            if characters[index] == close { return index }
            if characters[index] == opening { return nil }
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
    var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}
