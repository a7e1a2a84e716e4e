/// A decoded value together with the span of the text it came from.
///
/// Model fields are `Located` so that validation rules, which run long after parsing, can still
/// report a problem at the exact place the user wrote it. The span is metadata: two located values
/// are equal when their values are equal, wherever they were written.
public struct Located<Value> {
    /// The decoded value.
    public var value: Value
    /// Where the value was written.
    public var span: SourceSpan

    /// Pairs a value with its span.
    public init(_ value: Value, at span: SourceSpan) {
        self.value = value
        self.span = span
    }

    /// Transforms the value and keeps the span.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Located<T> {
        Located<T>(try transform(value), at: span)
    }
}

extension Located: Sendable where Value: Sendable {}

extension Located: Equatable where Value: Equatable {
    /// Compares values only; the span is metadata.
    public static func == (lhs: Located, rhs: Located) -> Bool { lhs.value == rhs.value }
}

extension Located: Hashable where Value: Hashable {
    /// Hashes the value only, consistently with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Located: CustomStringConvertible {
    /// The value's description, without the span.
    public var description: String { String(describing: value) }
}
