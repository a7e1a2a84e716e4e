import Foundation

/// The body and error-type header of `POST /runtime/invocation/{id}/error` and
/// `POST /runtime/init/error`.
///
/// Lambda shows `errorType` and `errorMessage` to the caller (Lex logs them) and puts
/// `category` into the `Lambda-Runtime-Function-Error-Type` header.
public struct LambdaErrorReport: Sendable, Equatable, Encodable {
    /// The header value, `<category>.<reason>` as the Runtime API recommends
    /// (`Runtime.InvalidEvent`, `Function.Unhandled`, `Runtime.InitError`).
    public var category: String
    /// What failed, e.g. the Swift error type (`CodeHookJSONError`).
    public var errorType: String
    /// The readable message.
    public var errorMessage: String

    /// Creates a report.
    public init(category: String, errorType: String, errorMessage: String) {
        self.category = category
        self.errorType = errorType
        self.errorMessage = errorMessage
    }

    private enum CodingKeys: String, CodingKey {
        case errorType, errorMessage, stackTrace
    }

    /// `{"errorMessage": ..., "errorType": ..., "stackTrace": []}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(errorMessage, forKey: .errorMessage)
        try container.encode(errorType, forKey: .errorType)
        try container.encode([String](), forKey: .stackTrace)
    }

    /// The JSON body.
    public func body() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)) ?? Data(#"{"errorMessage":"unencodable error","errorType":"Unknown"}"#.utf8)
    }
}
