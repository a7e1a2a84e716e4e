/// An ISO-8601 duration assembled from spoken amounts, in the form Lex reports it.
///
/// Fractions move down to the next exact unit (`1.5 years` → `P1Y6M`, `1.5 days` → `P1DT12H`,
/// `half an hour` → `PT30M`); a fraction that does not come out whole (`1.5 months`, `0.3
/// seconds`) is rejected. Weeks are reported as `W` only on their own (`P8W`); mixed with other
/// units they become days (`two weeks three days` → `P17D`). Seconds carry into minutes and
/// minutes into hours.
struct ISODuration: Hashable {
    let years: Int
    let months: Int
    let weeks: Int
    let days: Int
    let seconds: Int

    /// Builds a duration from amounts per unit; nil when a fraction does not come out whole or
    /// the total is zero.
    init?(_ parts: [DurationResolver.Unit: Fraction]) {
        let amount = { (unit: DurationResolver.Unit) in parts[unit] ?? .zero }
        let years = amount(.year)
        guard let months = (amount(.month) + years.remainder * 12).integer else { return nil }
        let weeks = amount(.week)
        let days = amount(.day) + weeks.remainder * 7
        let timeSeconds = amount(.hour) * 3600 + amount(.minute) * 60 + amount(.second)
        guard let seconds = (timeSeconds + days.remainder * 86_400).integer else { return nil }
        var wholeWeeks = weeks.whole
        var wholeDays = days.whole
        if wholeWeeks > 0, years.whole > 0 || months > 0 || wholeDays > 0 || seconds > 0 {
            wholeDays += wholeWeeks * 7
            wholeWeeks = 0
        }
        guard years.whole + months + wholeWeeks + wholeDays + seconds > 0 else { return nil }
        self.years = years.whole
        self.months = months
        self.weeks = wholeWeeks
        self.days = wholeDays
        self.seconds = seconds
    }

    /// `P2YT3H10M`, `PT30M`, `P8W`.
    var text: String {
        var text = "P"
        for (value, designator) in [(years, "Y"), (months, "M"), (weeks, "W"), (days, "D")] where value > 0 {
            text += "\(value)\(designator)"
        }
        if seconds > 0 {
            text += "T"
            let parts = [(seconds / 3600, "H"), (seconds % 3600 / 60, "M"), (seconds % 60, "S")]
            for (value, designator) in parts where value > 0 {
                text += "\(value)\(designator)"
            }
        }
        return text
    }
}
