/// Order statistics of measured samples.
public enum Percentiles {
    /// The `fraction` quantile (0...1) of `samples` by the nearest-rank method, or 0 for no samples.
    ///
    /// Nearest rank returns a value that was actually measured, so a p99 of 1,000 samples is the
    /// 990th smallest, not an interpolation between two of them.
    public static func value(_ fraction: Double, of samples: [Double]) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The median of `samples` (the 0.5 quantile by nearest rank).
    public static func median(_ samples: [Double]) -> Double { value(0.5, of: samples) }
}
