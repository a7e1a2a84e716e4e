/// Reads fixed-format numbers such as `2026-11-23` and `09:30` straight from UTF-8.
///
/// Dates and times are parsed on every hook call and for every seeded meeting of every script, so
/// the parser works on bytes: no splitting into substrings, no `Character` classification, and no
/// allocation (at most three groups, returned in a tuple).
enum DigitGroups {
    /// The numbers of `text` if it is two or three groups of ASCII digits separated by
    /// `separator`, the digit count of each group within its range in `widths`; else `nil`.
    /// With two widths the third number is 0.
    static func parse(
        _ text: some StringProtocol, separator: UInt8, widths: (ClosedRange<Int>, ClosedRange<Int>, ClosedRange<Int>?)
    ) -> (Int, Int, Int)? {
        var values = (0, 0, 0)
        var group = 0
        var value = 0
        var digits = 0
        let groups = widths.2 == nil ? 2 : 3
        func width(_ index: Int) -> ClosedRange<Int> {
            switch index {
            case 0: widths.0
            case 1: widths.1
            default: widths.2 ?? 0...0
            }
        }
        func store(_ index: Int, _ number: Int) {
            switch index {
            case 0: values.0 = number
            case 1: values.1 = number
            default: values.2 = number
            }
        }
        for byte in text.utf8 {
            if byte == separator {
                guard group < groups - 1, width(group).contains(digits) else { return nil }
                store(group, value)
                group += 1
                value = 0
                digits = 0
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            }
        }
        guard group == groups - 1, width(group).contains(digits) else { return nil }
        store(group, value)
        return values
    }
}
