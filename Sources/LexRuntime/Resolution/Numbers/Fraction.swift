/// A non-negative exact fraction for duration arithmetic (`1.5 hours`, `half an hour`,
/// `three quarters of an hour`), so that fractional units convert without rounding.
struct Fraction: Hashable {
    /// The numerator (≥ 0).
    let numerator: Int
    /// The denominator (> 0).
    let denominator: Int

    init(_ numerator: Int, _ denominator: Int = 1) {
        let divisor = Fraction.gcd(numerator, denominator)
        self.numerator = numerator / divisor
        self.denominator = denominator / divisor
    }

    static let zero = Fraction(0)
    static let half = Fraction(1, 2)

    /// The whole part.
    var whole: Int { numerator / denominator }

    /// The part below one.
    var remainder: Fraction { Fraction(numerator % denominator, denominator) }

    var isZero: Bool { numerator == 0 }

    /// The value as an integer when it is one.
    var integer: Int? { denominator == 1 ? numerator : nil }

    static func + (lhs: Fraction, rhs: Fraction) -> Fraction {
        Fraction(lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator, lhs.denominator * rhs.denominator)
    }

    static func * (lhs: Fraction, rhs: Int) -> Fraction {
        Fraction(lhs.numerator * rhs, lhs.denominator)
    }

    private static func gcd(_ lhs: Int, _ rhs: Int) -> Int {
        var (a, b) = (abs(lhs), abs(rhs))
        while b != 0 { (a, b) = (b, a % b) }
        return max(a, 1)
    }
}
