internal import CLibYAML
import MeetyDiagnostics

/// Parses YAML text into a `YAMLNode` tree with a span on every node and key.
///
/// Built on libyaml's event API: events are folded into nodes with an explicit stack (no
/// recursion, so deep nesting cannot overflow the call stack), duplicate keys are reported at their
/// second occurrence, and aliases are expanded by sharing the anchored subtree while counting the
/// nodes each expansion adds, so an alias bomb stops at the node limit in constant time per alias.
public struct YAMLParser: Sendable {
    /// The bounds applied to every parse.
    public var limits: YAMLLimits

    /// Creates a parser with the given limits.
    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Parses one YAML document.
    ///
    /// - Parameters:
    ///   - bytes: The raw file contents; a UTF-8 byte-order mark is accepted.
    ///   - file: The display path used in spans.
    ///   - bag: Receives syntax, encoding and limit diagnostics.
    /// - Returns: The document's root node, or `nil` when the file holds no document (no
    ///   diagnostic) or could not be parsed (at least one error in `bag`).
    public func parse(_ bytes: [UInt8], file: String, into bag: inout DiagnosticBag) -> YAMLNode? {
        guard let body = SourceText.prepare(bytes, file: file, limits: limits, into: &bag) else { return nil }
        if body.isEmpty { return nil }
        let input = Array(body)
        let positions = MarkPositions(input)
        var builder = TreeBuilder(file: file, limits: limits, positions: positions)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            bag.error(.yamlSyntax, "libyaml could not be initialised", at: .startOf(file))
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        return input.withUnsafeBufferPointer { buffer -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    bag.emit(Self.syntaxDiagnostic(parser, input: input, positions: positions, file: file))
                    return nil
                }
                let step = builder.handle(&event)
                yaml_event_delete(&event)
                switch step {
                case .continue:
                    continue
                case .finished:
                    bag.append(contentsOf: builder.diagnostics)
                    return builder.diagnostics.hasErrors ? nil : builder.root
                case .aborted:
                    bag.append(contentsOf: builder.diagnostics)
                    return nil
                }
            }
        }
    }

    /// Parses text already in memory.
    public func parse(_ text: String, file: String, into bag: inout DiagnosticBag) -> YAMLNode? {
        parse(Array(text.utf8), file: file, into: &bag)
    }

    /// Converts a libyaml mark (0-based line and column) to a 1-based `SourcePosition`.
    ///
    /// This is the only place the conversion happens; every span in the tree goes through it.
    static func position(line: Int, column: Int, index: Int) -> SourcePosition {
        SourcePosition(line: line + 1, column: column + 1, offset: index)
    }

    /// The position of a libyaml mark.
    static func position(_ mark: yaml_mark_t) -> SourcePosition {
        position(line: Int(mark.line), column: Int(mark.column), index: Int(mark.index))
    }

    private static func syntaxDiagnostic(
        _ parser: yaml_parser_t,
        input: [UInt8],
        positions: MarkPositions,
        file: String
    ) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            let offset = min(Int(parser.problem_offset), input.count)
            let start = SourceText.position(ofByte: offset, in: input[...])
            return .error(
                .yamlInvalidEncoding, "file is not valid YAML text: \(problem)",
                at: SourceSpan(file: file, start: start))
        }
        let start = positions.position(parser.problem_mark)
        var message = problem
        if MarkPositions.contains(UInt8(ascii: "\t"), in: input), character(at: start, in: input) == "\t" {
            message = "tab character where YAML expects spaces; indent with spaces only"
        }
        if problem.hasPrefix("did not find expected ','") {
            message += "; quote list items that contain '{', '}', ':' or ','"
        }
        var notes: [Diagnostic.Note] = []
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextStart = positions.position(parser.context_mark)
            if contextStart != start {
                notes.append(Diagnostic.Note(context, at: SourceSpan(file: file, start: contextStart)))
            } else {
                message += " (\(context))"
            }
        }
        return .error(.yamlSyntax, message, at: SourceSpan(file: file, start: start), notes: notes)
    }

    /// The character at a 1-based line and column, if the position is inside the text.
    private static func character(at position: SourcePosition, in input: [UInt8]) -> Character? {
        var line = 1
        var lineStart = 0
        var index = 0
        while line < position.line, index < input.count {
            if input[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        guard line == position.line else { return nil }
        var end = lineStart
        while end < input.count, input[end] != UInt8(ascii: "\n") { end += 1 }
        let text = String(decoding: input[lineStart..<end], as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        guard position.column - 1 < scalars.count, position.column >= 1 else { return nil }
        return Character(scalars[position.column - 1])
    }
}
