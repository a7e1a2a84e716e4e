import Foundation

/// The JSON wire format of code-hook events and responses, shared by the simulator, the Lambda
/// host and the tests so that all of them read and write the same bytes.
///
/// Output has sorted keys and unescaped slashes (`text/plain; charset=utf-8` stays readable), so
/// equal values always give equal bytes. Unfilled slots are written as `null`; other absent
/// optionals are left out. Decoding accepts fields it does not model, as the Lex developer guide
/// asks of hook code ("your code shouldn't throw an error if new fields are present").
public enum CodeHookJSON {
    /// A new encoder with the wire settings; `pretty` adds indentation for files people read.
    public static func makeEncoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        var formatting: JSONEncoder.OutputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { formatting.insert(.prettyPrinted) }
        encoder.outputFormatting = formatting
        return encoder
    }

    /// A new decoder with the wire settings.
    public static func makeDecoder() -> JSONDecoder {
        JSONDecoder()
    }

    /// Writes a value (event, response or any part of them) as JSON.
    /// - Throws: `CodeHookJSONError` (`unencodable`) for values JSON cannot hold, such as NaN.
    public static func encode(_ value: some Encodable, pretty: Bool = false) throws(CodeHookJSONError) -> Data {
        do {
            let data = try makeEncoder(pretty: pretty).encode(value)
            return pretty ? collapsingEmptyContainers(data) : data
        } catch let error as EncodingError {
            throw CodeHookJSONError(encoding: error)
        } catch {
            throw CodeHookJSONError(kind: .unencodable, path: "", message: "cannot write JSON: \(error)")
        }
    }

    /// Reads a value from JSON, with errors that name the field that is missing or wrong.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws(CodeHookJSONError)
        -> Value
    {
        do {
            return try makeDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw CodeHookJSONError(decoding: error, data: data)
        } catch {
            throw CodeHookJSONError(kind: .invalidJSON, path: "", message: "cannot read JSON: \(error)")
        }
    }

    /// Reads a Lex V2 Lambda input event.
    public static func decodeEvent(_ data: Data) throws(CodeHookJSONError) -> CodeHookEvent {
        try decode(CodeHookEvent.self, from: data)
    }

    /// Reads a code-hook response. Decoding checks shapes only; run `CodeHookResponseValidator`
    /// for the rules Lex applies to the content.
    public static func decodeResponse(_ data: Data) throws(CodeHookJSONError) -> CodeHookResponse {
        try decode(CodeHookResponse.self, from: data)
    }

    /// Runs `hook` on an event given as JSON and returns its response as JSON: exactly what a
    /// Lambda host does with the payload Lex sends.
    /// - Throws: `CodeHookJSONError` for an unreadable event or unwritable response, or whatever
    ///   the hook throws.
    public static func invoke(_ hook: any CodeHook, eventJSON: Data) async throws -> Data {
        let event = try decodeEvent(eventJSON)
        let response = try await hook.handle(event)
        return try encode(response)
    }

    /// Foundation pretty-prints `[]` and `{}` over three lines; this writes them as `[]` and `{}`.
    /// Safe on encoder output because a raw newline never occurs inside a JSON string.
    private static func collapsingEmptyContainers(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            output.append(byte)
            index += 1
            // Only a bracket followed by a newline is structural: strings never hold raw newlines.
            guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{"), index < bytes.count,
                bytes[index] == UInt8(ascii: "\n")
            else { continue }
            var next = index
            while next < bytes.count, bytes[next] == UInt8(ascii: "\n") || bytes[next] == UInt8(ascii: " ") {
                next += 1
            }
            let close = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if next < bytes.count, bytes[next] == close {
                output.append(close)
                index = next + 1
            }
        }
        return Data(output)
    }
}
