/// A stable identifier for a kind of problem, such as `undefined-slot-reference`.
///
/// The identifier is part of the tool's interface: scripts and CI filters match on it, and the
/// README lists every code. The wording of messages may change; codes do not. Each module declares
/// its codes as static members in an extension and lists them in a catalog, so documentation can be
/// generated from the code and checked for drift.
public struct DiagnosticCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The kebab-case identifier printed in brackets after a message.
    public let id: String
    /// One sentence describing what the code reports; used in generated documentation.
    public let summary: String

    /// Declares a code. Only modules declare codes, as static members.
    public init(_ id: String, summary: String) {
        self.id = id
        self.summary = summary
    }

    /// Codes are equal when their identifiers are.
    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.id == rhs.id }

    /// Hashes the identifier only.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// Orders codes by identifier.
    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.id < rhs.id }

    /// The identifier.
    public var description: String { id }
}

extension DiagnosticCode {
    /// A file could not be read (missing, a directory, permission denied).
    public static let unreadableFile = DiagnosticCode(
        "unreadable-file",
        summary: "An input file could not be read: it is missing, a directory, or not permitted."
    )
    /// A general catalog of the codes this module declares.
    public static let commonCodes: [DiagnosticCode] = [.unreadableFile]
}
