/// Reading numbers written as text, in constants and in values: `-`? digits (`.` digits)?.
///
/// Deliberately narrower than `Double(_:)`, which also reads `inf`, `nan`, `1e5` and hexadecimal,
/// none of which a slot value or a constant means as a number.
enum ConditionNumber {
    /// The number `text` spells, or `nil`; surrounding spaces are ignored.
    static func parse(_ text: String) -> Double? {
        let scalars = Array(
            text.unicodeScalars.drop { ConditionLexer.isSpace($0) }.reversed().drop {
                ConditionLexer.isSpace($0)
            }.reversed())
        var index = 0
        if index < scalars.count, scalars[index] == "-" { index += 1 }
        let integerStart = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > integerStart else { return nil }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            let fractionStart = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            guard index > fractionStart else { return nil }
        }
        guard index == scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return Double(String(view))
    }
}
