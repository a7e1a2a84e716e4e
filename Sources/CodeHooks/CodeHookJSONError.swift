import Foundation

/// Why an event or a response could not be read from (or written to) JSON, in words a hook
/// author can act on: `missing field sessionState.dialogAction.type`, not a `DecodingError` dump.
///
/// The simulator reports it as the turn's error; a Lambda host logs it.
public struct CodeHookJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, as a stable value tests and reports can match on.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// The bytes are not JSON.
        case invalidJSON
        /// A required field is absent.
        case missingField
        /// A field holds the wrong kind of value (including `null` where a value is required).
        case wrongType
        /// A field holds a value outside its allowed set.
        case invalidValue
        /// A value cannot be written as JSON (e.g. a NaN confidence).
        case unencodable
    }

    /// What went wrong.
    public var kind: Kind
    /// The dotted path of the field, e.g. `interpretations[0].intent.name`; empty for the document.
    public var path: String
    /// The full readable message.
    public var message: String

    /// Creates an error.
    public init(kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// The readable message.
    public var description: String { message }

    /// Rewrites a decoding error, looking at `data` to say what was found where a type was wrong.
    init(decoding error: DecodingError, data: Data) {
        switch error {
        case .keyNotFound(let key, let context):
            let path = Self.render(context.codingPath + [key])
            self.init(kind: .missingField, path: path, message: "missing field \(path)")
        case .valueNotFound(let type, let context):
            let path = Self.render(context.codingPath)
            self.init(
                kind: .wrongType,
                path: path,
                message: "wrong type for \(Self.subject(path)): expected \(Self.describe(type)), found null"
            )
        case .typeMismatch(let type, let context):
            let path = Self.render(context.codingPath)
            let document = try? JSONDecoder().decode(JSONValue.self, from: data)
            let found = document?.value(at: context.codingPath).map { ", found \($0.kindDescription)" } ?? ""
            self.init(
                kind: .wrongType,
                path: path,
                message: "wrong type for \(Self.subject(path)): expected \(Self.describe(type))\(found)"
            )
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self.init(kind: .invalidJSON, path: "", message: Self.invalidJSONMessage(data))
        case .dataCorrupted(let context):
            let path = Self.render(context.codingPath)
            self.init(
                kind: .invalidValue,
                path: path,
                message: "invalid value for \(path): \(context.debugDescription)"
            )
        @unknown default:
            self.init(kind: .invalidJSON, path: "", message: "cannot decode: \(error)")
        }
    }

    /// Rewrites an encoding error (in practice a non-finite number).
    init(encoding error: EncodingError) {
        switch error {
        case .invalidValue(let value, let context):
            let path = Self.render(context.codingPath)
            self.init(
                kind: .unencodable,
                path: path,
                message: "cannot write \(Self.subject(path)) as JSON: \(value) is not representable"
            )
        @unknown default:
            self.init(kind: .unencodable, path: "", message: "cannot write JSON: \(error)")
        }
    }

    /// `sessionState.intent.slots.MeetingDate`, `interpretations[0].intent`.
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    private static func subject(_ path: String) -> String {
        path.isEmpty ? "the document" : path
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Double.Type, is Float.Type, is Int.Type, is Int64.Type, is Int32.Type: return "a number"
        default: break
        }
        let name = String(describing: type)
        if name.hasPrefix("Array<") { return "an array" }
        if name.hasPrefix("Dictionary<") { return "an object" }
        return "a \(name) value"
    }

    private static func invalidJSONMessage(_ data: Data) -> String {
        if data.isEmpty { return "not valid JSON: the document is empty" }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty {
                var text = detail.first!.lowercased() + detail.dropFirst()
                if text.hasSuffix(".") { text.removeLast() }
                return "not valid JSON: \(text)"
            }
        }
        return "not valid JSON"
    }
}
