/// A phrase shape of a locale, such as Foundation's `d 'de' MMMM 'de' y` or a data file's
/// `el próximo {weekday}`: literal words, punctuation, and fields that read a day, a month, a year, a
/// weekday, an hour, a minute or an a.m./p.m. qualifier.
///
/// Matching works on folded characters (`TextFold`) and backtracks over the readings of each field, so
/// spaces between elements are optional (`3월10일`, `3月10日`), words may not be cut (`mar` is not
/// `martes`), and punctuation is optional except between two numbers (`23.11.2026`, not `23 11 2026`).
struct PhrasePattern: Sendable {
    /// What a field reads.
    enum Field: Sendable, Equatable {
        case day, monthName, monthNumber, month, year, weekday, hour, minute, qualifier
    }

    /// One element of a pattern.
    enum Element: Sendable, Equatable {
        case word([Character])
        case punctuation(Character, required: Bool)
        case field(Field)
    }

    /// The elements in order.
    let elements: [Element]

    /// Whether the pattern has the field.
    func has(_ field: Field) -> Bool { elements.contains(.field(field)) }

    /// Builds a pattern from elements, deciding which punctuation is required.
    init(_ elements: [Element]) {
        var result = elements
        func numeric(_ element: Element?) -> Bool {
            guard case .field(let field)? = element else { return false }
            return [.day, .monthNumber, .year, .hour, .minute].contains(field)
        }
        for index in result.indices {
            guard case .punctuation(let character, _) = result[index] else { continue }
            let before = result[..<index].last { if case .punctuation = $0 { false } else { true } }
            let after = result[(index + 1)...].first { if case .punctuation = $0 { false } else { true } }
            result[index] = .punctuation(character, required: numeric(before) && numeric(after))
        }
        self.elements = result
    }

    /// A data-file pattern: literal text with `{day}`, `{month}`, `{year}`, `{weekday}`, `{hour}`,
    /// `{minute}` and `{ampm}`; nil for an unknown placeholder.
    static func placeholders(_ text: String) -> PhrasePattern? {
        let fields: [String: Field] = [
            "day": .day, "month": .month, "year": .year, "weekday": .weekday, "hour": .hour, "minute": .minute,
            "ampm": .qualifier,
        ]
        var elements: [Element] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            elements += literal(String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: "}"),
                let field = fields[String(rest[rest.index(after: open)..<close])]
            else { return nil }
            elements.append(.field(field))
            rest = rest[rest.index(after: close)...]
        }
        elements += literal(String(rest))
        return PhrasePattern(elements)
    }

    /// A Foundation (ICU) date or time pattern such as `d 'de' MMMM 'de' y` or `a h시`; nil when it uses
    /// a field the grammars do not read (eras, time zones, seconds).
    static func icu(_ pattern: String) -> PhrasePattern? {
        var elements: [Element] = []
        var literalText = ""
        var characters = Array(pattern)[...]
        while let character = characters.popFirst() {
            if character == "'" {
                if characters.first == "'" {
                    characters.removeFirst()
                    literalText.append("'")
                    continue
                }
                while let quoted = characters.popFirst(), quoted != "'" { literalText.append(quoted) }
                continue
            }
            guard character.isASCII, character.isLetter else {
                literalText.append(character)
                continue
            }
            var count = 1
            while characters.first == character {
                characters.removeFirst()
                count += 1
            }
            elements += literal(literalText)
            literalText = ""
            guard let field = icuField(character, count: count) else { return nil }
            elements.append(.field(field))
        }
        elements += literal(literalText)
        return PhrasePattern(elements)
    }

    private static func icuField(_ letter: Character, count: Int) -> Field? {
        switch letter {
        case "d": .day
        case "M", "L": count >= 3 ? .monthName : .monthNumber
        case "y", "u": .year
        case "E", "c", "e": count >= 3 ? .weekday : nil
        case "H", "h", "K", "k": .hour
        case "m": .minute
        case "a", "b", "B": .qualifier
        default: nil
        }
    }

    /// Literal text as words and punctuation.
    private static func literal(_ text: String) -> [Element] {
        var elements: [Element] = []
        var word: [Character] = []
        func flush() {
            if !word.isEmpty { elements.append(.word(word)) }
            word = []
        }
        for character in TextFold.fold(text) {
            if character == " " {
                flush()
            } else if character.isLetter || character.isNumber || character == "'" {
                word.append(character)
            } else {
                flush()
                elements.append(.punctuation(character, required: false))
            }
        }
        flush()
        return elements
    }
}
