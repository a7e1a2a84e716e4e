/// Which operation of the `lexv2-runtime` API a request calls, from its method and path
/// (botocore's `service-2.json` is the reference):
///
/// | method | path | operation |
/// |---|---|---|
/// | POST | `/bots/{botId}/botAliases/{botAliasId}/botLocales/{localeId}/sessions/{sessionId}/text` | RecognizeText |
/// | POST | `…/sessions/{sessionId}/utterance` | RecognizeUtterance |
/// | POST | `…/sessions/{sessionId}` | PutSession |
/// | GET | `…/sessions/{sessionId}` | GetSession |
/// | DELETE | `…/sessions/{sessionId}` | DeleteSession |
/// | POST | `…/sessions/{sessionId}/conversation` | StartConversation (HTTP/2 streaming; refused) |
public struct APIRoute: Sendable, Equatable {
    /// The operations.
    public enum Operation: String, Sendable, Equatable {
        /// `RecognizeText`.
        case recognizeText = "RecognizeText"
        /// `RecognizeUtterance`.
        case recognizeUtterance = "RecognizeUtterance"
        /// `PutSession`.
        case putSession = "PutSession"
        /// `GetSession`.
        case getSession = "GetSession"
        /// `DeleteSession`.
        case deleteSession = "DeleteSession"
        /// `StartConversation`, which needs HTTP/2 event streams.
        case startConversation = "StartConversation"
    }

    /// The operation.
    public var operation: Operation
    /// The URI's `botId` (decoded).
    public var botId: String
    /// The URI's `botAliasId` (decoded).
    public var botAliasId: String
    /// The URI's `localeId` (decoded).
    public var localeId: String
    /// The URI's `sessionId` (decoded).
    public var sessionId: String

    /// Creates a route.
    public init(operation: Operation, botId: String, botAliasId: String, localeId: String, sessionId: String) {
        self.operation = operation
        self.botId = botId
        self.botAliasId = botAliasId
        self.localeId = localeId
        self.sessionId = sessionId
    }

    /// The route of `method` on `path` (percent-encoded, without the query).
    /// - Throws: `LexAPIError` `unknownOperation` for a path of no operation, `methodNotAllowed` for
    ///   an operation's path with another method, `validation` for a segment that is not valid
    ///   percent-encoded UTF-8 or is empty.
    public static func parse(method: String, path: String) throws(LexAPIError) -> APIRoute {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard segments.count == 9 || segments.count == 10, segments[0].isEmpty, segments[1] == "bots",
            segments[3] == "botAliases", segments[5] == "botLocales", segments[7] == "sessions"
        else {
            throw LexAPIError(
                .unknownOperation, "no operation of the Lex V2 runtime API has the path \(printable(path))")
        }
        var values: [String] = []
        for (index, name) in [(2, "botId"), (4, "botAliasId"), (6, "localeId"), (8, "sessionId")] {
            guard let decoded = percentDecoded(segments[index]), !decoded.isEmpty else {
                throw LexAPIError(
                    .validation, "the \(name) in the path is empty or not valid percent-encoded UTF-8")
            }
            values.append(decoded)
        }
        let suffix = segments.count == 10 ? segments[9] : nil
        let operation: Operation
        switch (suffix, method) {
        case ("text", "POST"): operation = .recognizeText
        case ("utterance", "POST"): operation = .recognizeUtterance
        case ("conversation", "POST"): operation = .startConversation
        case (nil, "POST"): operation = .putSession
        case (nil, "GET"): operation = .getSession
        case (nil, "DELETE"): operation = .deleteSession
        case ("text", _), ("utterance", _), ("conversation", _), (nil, _):
            let allowed = suffix == nil ? "GET, POST or DELETE" : "POST"
            throw LexAPIError(
                .methodNotAllowed, "\(printable(method)) is not allowed on \(printable(path)) (use \(allowed))")
        default:
            throw LexAPIError(
                .unknownOperation, "no operation of the Lex V2 runtime API has the path \(printable(path))")
        }
        return APIRoute(
            operation: operation, botId: values[0], botAliasId: values[1], localeId: values[2], sessionId: values[3])
    }

    /// `text` with `%XX` escapes decoded, or `nil` when an escape is broken or the bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `text` cut to `limit` characters with control characters escaped, for messages and logs.
    static func printable(_ text: String, limit: Int = 200) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(limit) {
            result += scalar.value < 0x20 || scalar.value == 0x7F ? scalar.escaped(asASCII: true) : String(scalar)
        }
        return text.unicodeScalars.count > limit ? result + "…" : result
    }
}
