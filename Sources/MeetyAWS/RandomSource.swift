/// Where retry jitter comes from.
///
/// Injected so retry schedules are deterministic in tests; production uses the system generator.
public protocol RandomSource: Sendable {
    /// A value in `0..<1`.
    func nextUnit() -> Double
}
