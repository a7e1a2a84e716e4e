import MeetyDiagnostics

/// Source text with position markers (`1️⃣`, `2️⃣`, ...) removed and their positions recorded.
///
/// Diagnostic tests write the expected location inline, where a reader sees it, instead of as
/// numbers that drift when the fixture is edited: `type: 1️⃣MeetingDat` asserts the diagnostic
/// lands on the `M`. Positions are 1-based lines and columns counted in Unicode scalars, the units
/// the YAML layer reports.
public struct MarkedText: Sendable {
    /// The markers recognised, in order.
    public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]

    /// The text with every marker removed.
    public let text: String
    /// Each marker's position in `text`.
    public let positions: [String: SourcePosition]

    /// Strips the markers out of `marked`.
    public init(_ marked: String) {
        var output = ""
        var positions: [String: SourcePosition] = [:]
        var line = 1
        var column = 1
        var rest = Substring(marked)
        outer: while let character = rest.first {
            for marker in Self.markers where rest.hasPrefix(marker) {
                positions[marker] = SourcePosition(line: line, column: column)
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            output.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
            rest = rest.dropFirst()
        }
        self.text = output
        self.positions = positions
    }

    /// The position of `marker`; a missing marker is a programming error in the test.
    public subscript(marker: String) -> SourcePosition {
        guard let position = positions[marker] else { preconditionFailure("no marker \(marker) in text") }
        return position
    }
}
