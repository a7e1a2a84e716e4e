import MeetyTestSupport
import Testing

@testable import MeetyDiagnostics

@Suite("Did-you-mean suggestions")
struct SuggestionsTests {
    /// The textbook full-matrix Levenshtein distance, to check the banded one against.
    private func reference(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var next = [i] + [Int](repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            row = next
        }
        return row[b.count]
    }

    @Test("the capped distance is the exact distance below the cap, and the cap otherwise")
    func cappedDistance() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("abc".unicodeScalars)
        for _ in 0..<2_000 {
            let a = (0..<next(9)).map { _ in alphabet[next(3)] }
            let b = (0..<next(9)).map { _ in alphabet[next(3)] }
            let exact = reference(a, b)
            #expect(Suggestions.editDistance(a, b) == exact, "\(a) \(b)")
            for cap in 1...5 {
                #expect(Suggestions.editDistance(a, b, cappedAt: cap) == min(exact, cap), "\(a) \(b) cap \(cap)")
            }
        }
    }

    @Test("two 100,000-character names are compared in linear time")
    func longNames() {
        let long = String(repeating: "ab", count: 50_000)
        let elapsed = ContinuousClock().measure {
            #expect(Suggestions.closest(to: long + "x", among: ["slots", long]) == long)
            #expect(Suggestions.closest(to: long, among: [String(repeating: "b", count: 100_000)]) == nil)
        }
        // A quadratic comparison is 10^10 steps here, minutes even in a release build.
        #expect(elapsed < BuildSanitizer.hangBound, "took \(elapsed)")
    }
}
