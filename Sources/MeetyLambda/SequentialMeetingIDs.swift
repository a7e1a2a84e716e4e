/// Deterministic, UUID-shaped ids `00000000-0000-4000-8000-000000000001`, `...002`, ...
///
/// An actor so that concurrent sessions sharing one generator still get distinct ids.
public actor SequentialMeetingIDs: MeetingIDGenerator {
    private var next: Int

    /// Creates a generator whose first id ends in `first` (1 by default).
    public init(first: Int = 1) {
        next = first
    }

    /// The next id in sequence.
    public func nextID() -> String {
        defer { next += 1 }
        return Self.id(number: next)
    }

    /// The id with sequence number `number`, so tests can name the ids they expect.
    public static func id(number: Int) -> String {
        let digits = String(number)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}
