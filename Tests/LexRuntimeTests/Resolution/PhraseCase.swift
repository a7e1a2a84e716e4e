import CodeHooks
import LexFacts
import LexRuntime
import Testing

/// What a phrase must resolve to.
enum Expected: Sendable, CustomStringConvertible {
    /// Resolved with this interpreted value (and `resolvedValues == [value]`).
    case value(String)
    /// No interpreted value, these candidates.
    case ambiguous([String])
    /// No interpreted value, no candidates.
    case unresolved

    var description: String {
        switch self {
        case .value(let value): "\(value)"
        case .ambiguous(let candidates): "ambiguous \(candidates)"
        case .unresolved: "unresolved"
        }
    }
}

/// One row of a phrase table: the text, the clock, and the expected resolution.
struct PhraseCase: Sendable, CustomTestStringConvertible {
    let phrase: String
    let expected: Expected
    let now: LocalDateTime

    init(_ phrase: String, _ expected: Expected, now: LocalDateTime = Clocks.friday) {
        self.phrase = phrase
        self.expected = expected
        self.now = now
    }

    var testDescription: String { "\"\(phrase)\" at \(now) → \(expected)" }
}

/// The fixed clocks the tables use.
enum Clocks {
    /// DESIGN §7's example clock: a Friday.
    static let friday = LocalDateTime(iso: "2026-11-20T09:00")!
    /// A Monday, the conversation default: weekday edge cases.
    static let monday = LocalDateTime(iso: "2026-01-05T09:00")!
    /// Two days before the year ends (a Wednesday).
    static let yearEnd = LocalDateTime(iso: "2026-12-30T09:00")!
    /// The day before a leap day (a Monday).
    static let leap = LocalDateTime(iso: "2028-02-28T09:00")!
    /// The last day of a month followed by a short month.
    static let monthEnd = LocalDateTime(iso: "2028-01-31T09:00")!
}

/// Resolves `row.phrase` as `typeName` and checks every field against the expectation.
func expectResolution(
    _ row: PhraseCase, as typeName: String, resolver: SlotResolver = try! SlotResolver(),
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let resolution = resolver.resolve(row.phrase, as: typeName, now: row.now)
    switch row.expected {
    case .value(let value):
        #expect(resolution.outcome == .resolved, "\(row.phrase)", sourceLocation: sourceLocation)
        #expect(resolution.interpretedValue == value, "\(row.phrase)", sourceLocation: sourceLocation)
        #expect(resolution.resolvedValues == [value], "\(row.phrase)", sourceLocation: sourceLocation)
    case .ambiguous(let candidates):
        #expect(resolution.outcome == .ambiguous, "\(row.phrase)", sourceLocation: sourceLocation)
        #expect(resolution.interpretedValue == nil, "\(row.phrase)", sourceLocation: sourceLocation)
        #expect(resolution.resolvedValues == candidates, "\(row.phrase)", sourceLocation: sourceLocation)
    case .unresolved:
        #expect(resolution.outcome == .unresolved, "\(row.phrase)", sourceLocation: sourceLocation)
        #expect(resolution.interpretedValue == nil, "\(row.phrase)", sourceLocation: sourceLocation)
        #expect(resolution.resolvedValues.isEmpty, "\(row.phrase)", sourceLocation: sourceLocation)
    }
    #expect(resolution.isMatch == (resolution.outcome != .unresolved), sourceLocation: sourceLocation)
    let trimmed = TokenizedText(row.phrase).all.originalText
    #expect(resolution.originalValue == trimmed, "\(row.phrase)", sourceLocation: sourceLocation)
}
