import Foundation

extension JSONValue {
    /// The value as pretty-printed JSON text: two-space indentation, `"key": value`, object keys
    /// sorted by Unicode code point, slashes and non-ASCII characters written as they are, and one
    /// trailing newline.
    ///
    /// The format is fixed here rather than left to `JSONEncoder`, whose spacing differs between
    /// platforms, so compiled output is byte-identical on every machine and diffs cleanly in review.
    public func prettyPrinted() -> String {
        String(decoding: prettyPrintedBytes(), as: UTF8.self)
    }

    /// `prettyPrinted()` as UTF-8 bytes, the form written to disk.
    public func prettyPrintedData() -> Data {
        Data(prettyPrintedBytes())
    }

    /// The printed text as UTF-8, built in one byte buffer: a compiled bot is tens of megabytes of
    /// JSON, and appending bytes costs a fraction of appending to a `String` scalar by scalar.
    func prettyPrintedBytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4_096)
        write(to: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number):
            output.append(contentsOf: String(number).utf8)
        case .number(let number):
            output.append(contentsOf: Self.format(number).utf8)
        case .string(let text):
            Self.writeString(text, to: &output)
        case .array(let elements):
            if elements.isEmpty {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(contentsOf: "[\n".utf8)
            for (index, element) in elements.enumerated() {
                Self.indent(indent + 1, into: &output)
                element.write(to: &output, indent: indent + 1)
                if index < elements.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(UInt8(ascii: "\n"))
            }
            Self.indent(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(contentsOf: "{\n".utf8)
            let sorted = members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            for (index, member) in sorted.enumerated() {
                Self.indent(indent + 1, into: &output)
                Self.writeString(member.key, to: &output)
                output.append(contentsOf: ": ".utf8)
                member.value.write(to: &output, indent: indent + 1)
                if index < sorted.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(UInt8(ascii: "\n"))
            }
            Self.indent(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func indent(_ level: Int, into output: inout [UInt8]) {
        for _ in 0..<(2 * level) { output.append(UInt8(ascii: " ")) }
    }

    /// The shortest text that reads back as the same `Double` (Swift's `description`), which is
    /// also valid JSON for every finite value. Non-finite values cannot be encoded; the encoder
    /// rejects them before they reach a `JSONValue`, and `null` is printed if one slips through.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        return number.description
    }

    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Bytes that need no escape are copied in runs; only `"`, `\` and control characters
            // are escaped (UTF-8 continuation and lead bytes are all 0x80 or above).
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                output.append(contentsOf: bytes[runStart..<index])
                runStart = index + 1
                switch byte {
                case 0x22: output.append(contentsOf: "\\\"".utf8)
                case 0x5C: output.append(contentsOf: "\\\\".utf8)
                case 0x0A: output.append(contentsOf: "\\n".utf8)
                case 0x0D: output.append(contentsOf: "\\r".utf8)
                case 0x09: output.append(contentsOf: "\\t".utf8)
                case 0x08: output.append(contentsOf: "\\b".utf8)
                case 0x0C: output.append(contentsOf: "\\f".utf8)
                default:
                    let hex = String(byte, radix: 16, uppercase: false)
                    output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
            }
            output.append(contentsOf: bytes[runStart...])
        }
        output.append(UInt8(ascii: "\""))
    }
}
