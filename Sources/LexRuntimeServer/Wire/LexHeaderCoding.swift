import CodeHooks
import Foundation

/// The `x-amz-lex-*` header values of RecognizeUtterance and PutSession: JSON, gzipped, then
/// base64-encoded (the service model's documentation of each header says so).
enum LexHeaderCoding {
    /// The most bytes a header value may expand to once decoded and decompressed.
    static let decodedLimit = 256 * 1024

    /// `value` as JSON, gzipped and base64-encoded.
    static func encode(_ value: some Encodable) throws(CodeHookJSONError) -> String {
        Gzip.compress(try CodeHookJSON.encode(value)).base64EncodedString()
    }

    /// `text` (gzipped, base64-encoded) encoded and decompressed, without JSON decoding.
    static func encode(text: String) -> String {
        Gzip.compress(Data(text.utf8)).base64EncodedString()
    }

    /// The value of the header `name`, whose text is `header`: base64, then gunzipped when it is
    /// gzip data (clients that send plain base64-encoded JSON are accepted too), then JSON.
    /// - Throws: `LexAPIError` `validation` naming the header and what is wrong with it.
    static func decode<Value: Decodable>(_ type: Value.Type, header name: String, from header: String)
        throws(LexAPIError) -> Value
    {
        guard let raw = Data(base64Encoded: header.trimmingCharacters(in: .whitespaces)) else {
            throw LexAPIError(.validation, "the \(name) header is not base64")
        }
        var json = raw
        if Gzip.isGzip(raw) {
            do {
                json = try Gzip.decompress(raw, limit: decodedLimit)
            } catch {
                throw LexAPIError(.validation, "the \(name) header is not readable gzip data: \(error)")
            }
        }
        do {
            return try CodeHookJSON.decode(type, from: json)
        } catch {
            throw LexAPIError(.validation, "the \(name) header does not hold a valid value: \(error.message)")
        }
    }
}
