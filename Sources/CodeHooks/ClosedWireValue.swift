/// Decodes one of a closed set of wire strings (`InvocationSource`, `InputMode`), failing with a
/// message that names the bad value and the valid ones, so that `CodeHookJSONError` can say more
/// than "data corrupted".
func decodeClosedWireValue<Value: RawRepresentable<String> & CaseIterable>(
    _ type: Value.Type,
    from decoder: any Decoder
) throws -> Value {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Value(rawValue: text) else {
        let valid = Value.allCases.map(\.rawValue).joined(separator: ", ")
        throw DecodingError.dataCorruptedError(
            in: container,
            debugDescription: "unknown value '\(text)'; valid values: \(valid)"
        )
    }
    return value
}
