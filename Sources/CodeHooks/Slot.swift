/// A slot's value(s) (`intent.slots[name]`): a scalar slot has `value`; a multi-valued slot has
/// shape `List` and one scalar slot per value in `values` (plus a combined `value`).
///
/// Composite slots' `subSlots` are accepted when decoding and dropped: the compiler does not
/// produce composite slots.
public struct Slot: Codable, Sendable, Equatable {
    /// `Scalar` or `List`.
    public var shape: String?
    /// The value of a scalar slot.
    public var value: SlotValue?
    /// The values of a list slot.
    public var values: [Slot]?

    /// Creates a scalar slot.
    public init(value: SlotValue, shape: String? = Slot.scalarShape) {
        self.shape = shape
        self.value = value
        self.values = nil
    }

    /// Creates a slot with every field given.
    public init(shape: String?, value: SlotValue?, values: [Slot]?) {
        self.shape = shape
        self.value = value
        self.values = values
    }

    /// The shape of a single-valued slot.
    public static let scalarShape = "Scalar"
    /// The shape of a multi-valued slot.
    public static let listShape = "List"
}
