import Foundation
import MeetyDiagnostics

/// Reading and writing the JSON of Lex export files.
///
/// Reading uses a strict parser and a decoder that report problems as diagnostics with the file,
/// the line and column of the offending value and its key path ("at key path
/// valueElicitationSetting.slotConstraint: 'Mandatory' is not one of Required, Optional").
/// Writing prints every modelled key, `null` for absent values, as the console exporter does.
public enum LexJSON {
    /// Parses `data` into a `JSONValue`.
    ///
    /// - Parameter file: the display path used in the diagnostic.
    public static func parse(_ data: Data, file: String) throws(Diagnostic) -> JSONValue {
        try parseNode(data, file: file).value
    }

    /// Decodes a model value from `data`.
    ///
    /// Unknown keys are ignored and `null` reads as absent, so exports from newer consoles load.
    /// - Parameter file: the display path used in the diagnostic.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(Diagnostic) -> T {
        try decode(type, root: try parseNode(data, file: file), file: file)
    }

    /// Decodes a file of an export, first reading keys that are spelt as the API or another
    /// export spells them (`LexKeySpellings`) under their export meaning, with a `lex-key-spelling`
    /// warning at each.
    static func decodeExportFile<T: Decodable>(
        _ type: T.Type, from data: Data, file: String, into bag: inout DiagnosticBag
    ) throws(Diagnostic) -> T {
        let root = LexKeySpellings.normalize(try parseNode(data, file: file), file: file, into: &bag)
        return try decode(type, root: root, file: file)
    }

    /// Decodes a model value from a value taken out of a CloudFormation template (an `AWS::Lex::Bot`
    /// entity with its keys in the export's spelling), reading scalars as CloudFormation does: text
    /// where a number or a boolean is expected is read as one when it spells one, and numbers and
    /// booleans where text is expected are read as their text. Odd key spellings are read as
    /// `decodeExportFile` reads them, with a warning.
    /// - Parameter file: the display path used in diagnostics.
    public static func decodeTemplateValue<T: Decodable>(
        _ type: T.Type, from value: JSONValue, file: String, into bag: inout DiagnosticBag
    ) throws(Diagnostic) -> T {
        let node = JSONNode(template: value, at: SourcePosition(line: 1, column: 1, offset: 0))
        return try decode(type, root: LexKeySpellings.normalize(node, file: file, into: &bag), file: file)
    }

    private static func decode<T: Decodable>(_ type: T.Type, root: JSONNode, file: String) throws(Diagnostic) -> T {
        do {
            return try T(from: JSONNodeDecoder(node: root, codingPath: []))
        } catch let error as DecodingError {
            throw diagnostic(for: error, root: root, file: file)
        } catch {
            throw Diagnostic.error(.lexSchemaMismatch, "\(error)", at: .startOf(file))
        }
    }

    /// Encodes a model value as a `JSONValue`, writing `null` for every absent optional.
    public static func encode(_ value: some Encodable) throws(Diagnostic) -> JSONValue {
        var tape = JSONTape()
        let root = try encode(value, into: &tape)
        return tape.value(root)
    }

    /// Encodes a model value into `tape` as a new subtree (not linked into any container), writing
    /// `null` for every absent optional, and returns the subtree's root. The tape prints it as the
    /// export files are printed (`JSONTape.prettyPrintedData(_:)`).
    public static func encode(_ value: some Encodable, into tape: inout JSONTape) throws(Diagnostic) -> JSONTape.Index {
        do {
            return try JSONTapeEncoder.encode(value, into: &tape)
        } catch let EncodingError.invalidValue(_, context) {
            let path = keyPath(context.codingPath)
            throw Diagnostic.error(.lexUnrenderable, "at key path \(path): \(context.debugDescription)", at: nil)
        } catch {
            throw Diagnostic.error(.lexUnrenderable, "\(error)", at: nil)
        }
    }

    /// Encodes a model value as pretty-printed, key-sorted JSON with a trailing newline.
    public static func encodedData(_ value: some Encodable) throws(Diagnostic) -> Data {
        var tape = JSONTape()
        let root = try encode(value, into: &tape)
        return tape.prettyPrintedData(root)
    }

    /// Renders a coding path as `a.b[0].c`; the empty path is `(top level)`.
    static func keyPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    private static func parseNode(_ data: Data, file: String) throws(Diagnostic) -> JSONNode {
        do {
            return try JSONParser.parse([UInt8](data))
        } catch {
            let span = SourceSpan(file: file, start: error.position)
            throw Diagnostic.error(.lexInvalidJSON, "not valid JSON: \(error.message)", at: span)
        }
    }

    private static func diagnostic(for error: DecodingError, root: JSONNode, file: String) -> Diagnostic {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let errorContext), .valueNotFound(_, let errorContext),
            .keyNotFound(_, let errorContext), .dataCorrupted(let errorContext):
            context = errorContext
        @unknown default:
            return .error(.lexSchemaMismatch, "\(error)", at: .startOf(file))
        }
        let position = locate(context.codingPath, in: root)
        var detail = context.debugDescription
        if let first = detail.first, first.isUppercase, !detail.hasPrefix("'") {
            detail = first.lowercased() + detail.dropFirst()
        }
        while detail.hasSuffix(".") { detail.removeLast() }
        return .error(
            .lexSchemaMismatch,
            "at key path \(keyPath(context.codingPath)): \(detail)",
            at: SourceSpan(file: file, start: position)
        )
    }

    /// The position of the deepest node on `path` that exists.
    private static func locate(_ path: [any CodingKey], in root: JSONNode) -> SourcePosition {
        var node = root
        for key in path {
            switch node.kind {
            case .array(let elements):
                guard let index = key.intValue, elements.indices.contains(index) else { return node.position }
                node = elements[index]
            case .object(let members, let index):
                guard let position = index[key.stringValue] else { return node.position }
                node = members[position].value
            default:
                return node.position
            }
        }
        return node.position
    }
}
