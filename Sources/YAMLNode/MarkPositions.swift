internal import CLibYAML
import MeetyDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts libyaml marks to positions in which only a line feed starts a new line, and which
/// never lie past the end of the text.
///
/// libyaml follows YAML 1.1 and also breaks lines at a lone carriage return, NEL (U+0085) and the
/// Unicode line and paragraph separators (U+2028, U+2029). Editors, `grep -n` and meety-bot's own
/// encoding diagnostics count line feeds only (as YAML 1.2 does), so in a file with such characters
/// libyaml's line numbers point below the real line, even past the end of the file. Files without
/// them (nearly all) keep libyaml's line and column; the others map each mark's character index
/// through a table of line starts. At the end of a file without a final line feed libyaml moves its
/// mark to the start of a line after the last one, which no editor can show; such a mark becomes
/// the end of the last line.
struct MarkPositions {
    /// The character offset at which each line starts, when libyaml's lines cannot be used.
    private let lineStarts: [Int]?
    /// The position just after the last character, when the text does not end with a line feed.
    private let end: SourcePosition?

    /// Prepares positions for `input`, the exact bytes libyaml parses.
    init(_ input: [UInt8]) {
        lineStarts = Self.hasOtherLineBreaks(input) ? Self.lineStarts(input) : nil
        end = input.last.map { $0 == UInt8(ascii: "\n") } == false ? Self.endPosition(input) : nil
    }

    /// The position of `mark`.
    func position(_ mark: yaml_mark_t) -> SourcePosition {
        let position = unclamped(mark)
        guard let end, (position.line, position.column) > (end.line, end.column) else { return position }
        return end
    }

    private func unclamped(_ mark: yaml_mark_t) -> SourcePosition {
        guard let lineStarts else { return YAMLParser.position(mark) }
        let index = Int(mark.index)
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= index { low = middle + 1 } else { high = middle }
        }
        let line = max(low, 1)
        return SourcePosition(line: line, column: index - lineStarts[line - 1] + 1, offset: index)
    }

    /// Whether `input` has a line break libyaml counts and a line feed count does not.
    private static func hasOtherLineBreaks(_ input: [UInt8]) -> Bool {
        input.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            let count = buffer.count
            for lead: UInt8 in [0x0D, 0xC2, 0xE2] {
                var offset = 0
                while offset < count, let found = memchr(base + offset, Int32(lead), count - offset) {
                    let at = base.distance(to: UnsafeRawPointer(found))
                    let next = at + 1 < count ? buffer[at + 1] : 0
                    let third = at + 2 < count ? buffer[at + 2] : 0
                    switch lead {
                    case 0x0D where next != 0x0A: return true
                    case 0xC2 where next == 0x85: return true
                    case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): return true
                    default: offset = at + 1
                    }
                }
            }
            return false
        }
    }

    /// Whether `input` contains `byte`, at C speed (memchr) even in a debug build.
    static func contains(_ byte: UInt8, in input: [UInt8]) -> Bool {
        input.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// The position after the last character: the line count, and the last line's length + 1.
    /// Line feeds are found with memchr, so only the last line is walked in Swift.
    private static func endPosition(_ input: [UInt8]) -> SourcePosition {
        input.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return .start }
            var lines = 1
            var lastLineStart = 0
            while lastLineStart < buffer.count,
                let found = memchr(base + lastLineStart, Int32(UInt8(ascii: "\n")), buffer.count - lastLineStart)
            {
                lines += 1
                lastLineStart = base.distance(to: UnsafeRawPointer(found)) + 1
            }
            let characters = buffer[lastLineStart...].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return SourcePosition(line: lines, column: characters + 1)
        }
    }

    /// The character offset of the start of each line, lines ending at line feeds.
    private static func lineStarts(_ input: [UInt8]) -> [Int] {
        var starts = [0]
        var characters = 0
        for byte in input where byte & 0xC0 != 0x80 {
            characters += 1
            if byte == UInt8(ascii: "\n") { starts.append(characters) }
        }
        return starts
    }
}
