/// ISO 8601 durations (`P1DT2H30M`, `PT45S`, `P2W`) as a number of seconds, for comparing
/// `AMAZON.Duration` slots by length.
///
/// Calendar units have no fixed length; as a stand-in a year is 365 days and a month 30 days.
/// The developer guide's sample `{travelDuration} < P2H` leaves out the `T` that ISO requires
/// before time units; `H` and `S` are only time units, so they are accepted without it (an `M`
/// before the `T` stays months, as ISO says).
enum ConditionDuration {
    /// The length of `text` in seconds, or `nil` when it is not a duration.
    static func seconds(_ text: String) -> Double? {
        var scalars = Array(text.unicodeScalars)
        guard scalars.first == "P" || scalars.first == "p", scalars.count > 1 else { return nil }
        scalars.removeFirst()
        let dateUnits: [Unicode.Scalar: Double] = ["Y": 31_536_000, "M": 2_592_000, "W": 604_800, "D": 86_400]
        let timeUnits: [Unicode.Scalar: Double] = ["H": 3_600, "M": 60, "S": 1]
        var total = 0.0
        var inTime = false
        var number = ""
        var sawUnit = false
        for scalar in scalars {
            let upper = Unicode.Scalar(String(scalar).uppercased()) ?? scalar
            if ("0"..."9").contains(scalar) || scalar == "." {
                number.unicodeScalars.append(scalar)
                continue
            }
            if upper == "T" {
                guard number.isEmpty, !inTime else { return nil }
                inTime = true
                continue
            }
            guard let value = ConditionNumber.parse(number) else { return nil }
            let unit = inTime || upper == "H" || upper == "S" ? timeUnits[upper] : dateUnits[upper]
            guard let unit else { return nil }
            total += value * unit
            number = ""
            sawUnit = true
        }
        return number.isEmpty && sawUnit ? total : nil
    }
}
