import YAMLNode

/// A YAML document to be written: mappings in the order they are built, lists, texts and plain
/// values (numbers and booleans), printed in the block style a person would write, with short lists
/// of short texts in flow style (`[a, b]`).
indirect enum YAMLOutline: Sendable, Equatable {
    /// Text, quoted when it must be.
    case text(String)
    /// A number or boolean, written as it is.
    case plain(String)
    /// Keys and values in order.
    case mapping([(String, YAMLOutline)])
    /// Items in order.
    case list([YAMLOutline])

    static func == (lhs: YAMLOutline, rhs: YAMLOutline) -> Bool {
        switch (lhs, rhs) {
        case (.text(let left), .text(let right)), (.plain(let left), .plain(let right)): left == right
        case (.list(let left), .list(let right)): left == right
        case (.mapping(let left), .mapping(let right)):
            left.count == right.count && zip(left, right).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The document's text (a mapping at the root), ending with a line break.
    func document() -> String {
        var lines: [String] = []
        guard case .mapping(let entries) = self else { return Self.scalar(self, flow: false) + "\n" }
        Self.write(entries, indent: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func write(_ entries: [(String, YAMLOutline)], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for (key, value) in entries {
            let name = YAMLScalarStyle.key(key)
            switch value {
            case .text, .plain:
                lines.append("\(pad)\(name): \(scalar(value, flow: false))")
            case .mapping(let nested):
                if nested.isEmpty {
                    lines.append("\(pad)\(name): {}")
                } else {
                    lines.append("\(pad)\(name):")
                    write(nested, indent: indent + 2, into: &lines)
                }
            case .list(let items):
                if let flow = flowList(items, room: 100 - indent - name.count - 2) {
                    lines.append("\(pad)\(name): \(flow)")
                } else {
                    lines.append("\(pad)\(name):")
                    write(items, indent: indent + 2, into: &lines)
                }
            }
        }
    }

    private static func write(_ items: [YAMLOutline], indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item {
            case .text, .plain:
                lines.append("\(pad)- \(scalar(item, flow: false))")
            case .mapping(let entries):
                var nested: [String] = []
                write(entries, indent: indent + 2, into: &nested)
                guard let first = nested.first else {
                    lines.append("\(pad)- {}")
                    continue
                }
                lines.append("\(pad)- " + first.dropFirst(indent + 2))
                lines += nested.dropFirst()
            case .list(let inner):
                if let flow = flowList(inner, room: 100 - indent - 2) {
                    lines.append("\(pad)- \(flow)")
                } else {
                    lines.append("\(pad)-")
                    write(inner, indent: indent + 2, into: &lines)
                }
            }
        }
    }

    /// `[a, b, c]` when every item is a scalar that can be written in flow style and it fits in `room`.
    private static func flowList(_ items: [YAMLOutline], room: Int) -> String? {
        if items.isEmpty { return "[]" }
        var parts: [String] = []
        for item in items {
            switch item {
            case .text, .plain: parts.append(scalar(item, flow: true))
            default: return nil
            }
        }
        let text = "[" + parts.joined(separator: ", ") + "]"
        return text.count <= room ? text : nil
    }

    private static func scalar(_ value: YAMLOutline, flow: Bool) -> String {
        switch value {
        case .plain(let text): text
        case .text(let text): YAMLScalarStyle.text(text, flow: flow)
        default: ""
        }
    }
}

/// How a text is written so that YAML reads it back as exactly that text: plain when no YAML rule
/// can change it, in single quotes when it has no line break or control character, else in double
/// quotes with escapes.
enum YAMLScalarStyle {
    /// A mapping key.
    static func key(_ text: String) -> String { Self.text(text, flow: true) }

    /// A text value; `flow` for an item of `[...]`.
    static func text(_ text: String, flow: Bool) -> String {
        if isPlain(text, flow: flow) { return text }
        if text.unicodeScalars.allSatisfy({ !isControl($0) }) {
            return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        return doubleQuoted(text)
    }

    /// Whether `text` reads back as itself unquoted.
    static func isPlain(_ text: String, flow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if ["~", "null", "Null", "NULL"].contains(text) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        if flow, text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        return text.unicodeScalars.allSatisfy { !isControl($0) && $0 != "\t" }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool { YAMLQuoting.isUnprintable(scalar) }

    private static func doubleQuoted(_ text: String) -> String { YAMLQuoting.doubleQuoted(text) }
}
