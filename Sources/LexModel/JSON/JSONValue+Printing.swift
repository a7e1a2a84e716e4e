import Foundation

extension JSONValue {
    /// The value as pretty-printed JSON text: two-space indentation, `"key": value`, object keys
    /// sorted by Unicode code point, slashes and non-ASCII characters written as they are, and one
    /// trailing newline.
    ///
    /// The format is fixed here rather than left to `JSONEncoder`, whose spacing differs between
    /// platforms, so compiled output is byte-identical on every machine and diffs cleanly in review.
    public func prettyPrinted() -> String {
        var output = ""
        write(to: &output, indent: 0)
        output.append("\n")
        return output
    }

    /// `prettyPrinted()` as UTF-8 bytes, the form written to disk.
    public func prettyPrintedData() -> Data {
        Data(prettyPrinted().utf8)
    }

    private func write(to output: inout String, indent: Int) {
        switch self {
        case .null:
            output.append("null")
        case .bool(let flag):
            output.append(flag ? "true" : "false")
        case .integer(let number):
            output.append(String(number))
        case .number(let number):
            output.append(Self.format(number))
        case .string(let text):
            Self.writeString(text, to: &output)
        case .array(let elements):
            if elements.isEmpty {
                output.append("[]")
                return
            }
            output.append("[\n")
            for (index, element) in elements.enumerated() {
                output.append(String(repeating: "  ", count: indent + 1))
                element.write(to: &output, indent: indent + 1)
                output.append(index == elements.count - 1 ? "\n" : ",\n")
            }
            output.append(String(repeating: "  ", count: indent))
            output.append("]")
        case .object(let members):
            if members.isEmpty {
                output.append("{}")
                return
            }
            output.append("{\n")
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (index, key) in keys.enumerated() {
                output.append(String(repeating: "  ", count: indent + 1))
                Self.writeString(key, to: &output)
                output.append(": ")
                members[key, default: .null].write(to: &output, indent: indent + 1)
                output.append(index == keys.count - 1 ? "\n" : ",\n")
            }
            output.append(String(repeating: "  ", count: indent))
            output.append("}")
        }
    }

    /// The shortest text that reads back as the same `Double` (Swift's `description`), which is
    /// also valid JSON for every finite value. Non-finite values cannot be encoded; the encoder
    /// rejects them before they reach a `JSONValue`, and `null` is printed if one slips through.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        return number.description
    }

    static func writeString(_ text: String, to output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{08}": output.append("\\b")
            case "\u{0C}": output.append("\\f")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }
}
