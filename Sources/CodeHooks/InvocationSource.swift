/// Why Lex invokes a code hook (`invocationSource`): a hook uses it to tell validation turns from
/// the fulfillment call, which usually share one Lambda function.
public enum InvocationSource: String, Sendable, CaseIterable, Codable {
    /// After user input while the intent is in progress (validation and dialog control).
    case dialogCodeHook = "DialogCodeHook"
    /// When the intent is ready to be fulfilled.
    case fulfillmentCodeHook = "FulfillmentCodeHook"

    /// Decodes a known value; an unknown one fails naming it and the valid values.
    public init(from decoder: any Decoder) throws {
        self = try decodeClosedWireValue(InvocationSource.self, from: decoder)
    }
}
