/// The system's random number generator.
public struct SystemRandomSource: RandomSource {
    /// Creates the source.
    public init() {}

    /// A uniformly distributed value in `0..<1`.
    public func nextUnit() -> Double { Double.random(in: 0..<1) }
}
