/// Reads fixed-format numbers such as `2026-11-23` and `09:30` straight from UTF-8.
///
/// Dates and times are parsed on every hook call and for every seeded meeting of every script, so
/// the parser works on bytes: no splitting into substrings, no `Character` classification.
enum DigitGroups {
    /// The numbers of `text` if it is ASCII digit groups separated by `separator`, one group per
    /// entry of `widths`, each with a digit count in its range; else `nil`.
    static func parse(_ text: some StringProtocol, separator: UInt8, widths: [ClosedRange<Int>]) -> [Int]? {
        var values: [Int] = []
        values.reserveCapacity(widths.count)
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte == separator {
                guard values.count < widths.count - 1, widths[values.count].contains(digits) else { return nil }
                values.append(value)
                value = 0
                digits = 0
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            }
        }
        guard values.count == widths.count - 1, widths[values.count].contains(digits) else { return nil }
        values.append(value)
        return values
    }
}
