import Foundation
import MeetyDiagnostics

/// What a turn's `bot:` expects of the reply text (the turn's messages joined by a newline).
///
/// Exact by default, because an unanchored match lets a wrong reply pass; the looser forms are
/// opt-in and say so in the script. The matching rules live here, next to the format, so the
/// runner and the documentation cannot disagree about them.
public enum ReplyExpectation: Sendable, Hashable, CustomStringConvertible {
    /// `bot: text`: the reply is exactly this text.
    case exact(Located<String>)
    /// `bot: {contains: text}` or `{contains: [a, b]}`: every text occurs in the reply.
    case contains([Located<String>])
    /// `bot: {matches: regex}`: the pattern is found somewhere in the reply.
    case matches(ReplyPattern)
    /// `bot: {oneOf: [a, b]}`: the reply is exactly one of these texts.
    case oneOf([Located<String>])

    /// Whether `reply` satisfies the expectation.
    public func isSatisfied(by reply: String) -> Bool {
        switch self {
        case .exact(let text): reply == text.value
        case .contains(let parts): parts.allSatisfy { reply.contains($0.value) }
        case .matches(let pattern): pattern.isFound(in: reply)
        case .oneOf(let texts): texts.contains { $0.value == reply }
        }
    }

    /// How the expectation reads in a failure message: `"Hi"`, `containing "10:00"`, ...
    public var description: String {
        switch self {
        case .exact(let text): Self.quoted(text.value)
        case .contains(let parts): "containing " + parts.map { Self.quoted($0.value) }.joined(separator: " and ")
        case .matches(let pattern): "matching /\(pattern.source.value)/"
        case .oneOf(let texts): "one of " + texts.map { Self.quoted($0.value) }.joined(separator: ", ")
        }
    }

    /// The text in double quotes with line breaks shown as `\n`.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}

/// A regular expression from `matches:`, compiled once when the script is decoded.
///
/// ICU syntax, as NSRegularExpression implements it; the pattern is searched for anywhere in the
/// reply (anchor it with `^` and `$` to match the whole reply). Equality is the pattern text.
public struct ReplyPattern: Sendable, Hashable {
    /// The pattern as written, with its span.
    public let source: Located<String>
    private let regex: NSRegularExpression

    /// Compiles `source`.
    /// - Throws: The error NSRegularExpression reports for an invalid pattern.
    public init(_ source: Located<String>) throws {
        self.source = source
        self.regex = try NSRegularExpression(pattern: source.value)
    }

    /// Whether the pattern occurs somewhere in `text`.
    public func isFound(in text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Compares pattern texts.
    public static func == (lhs: ReplyPattern, rhs: ReplyPattern) -> Bool { lhs.source == rhs.source }

    /// Hashes the pattern text.
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
