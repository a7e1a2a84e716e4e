import Foundation

/// Wall-time measurement for the benchmark (the only place outside tests that reads a clock, and
/// only to measure: nothing it returns feeds back into what is measured).
public enum Stopwatch {
    /// Runs `body` and returns its result with the time it took.
    public static func time<Result>(_ body: () throws -> Result) rethrows -> (Result, Duration) {
        let start = ContinuousClock.now
        let result = try body()
        return (result, ContinuousClock.now - start)
    }

    /// Runs `body` and returns its result with the CPU time the whole process spent meanwhile (all
    /// threads): on a shared machine this moves less than wall time, and it counts work spread over
    /// several cores in full.
    public static func cpuTime<Result>(_ body: () throws -> Result) rethrows -> (Result, Duration) {
        let start = processCPUTime()
        let result = try body()
        return (result, processCPUTime() - start)
    }

    private static func processCPUTime() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
    }

    /// Runs the asynchronous `body` and returns its result with the time it took.
    public static func timeAsync<Result>(_ body: () async throws -> Result) async rethrows -> (Result, Duration) {
        let start = ContinuousClock.now
        let result = try await body()
        return (result, ContinuousClock.now - start)
    }
}

extension Duration {
    /// The duration in milliseconds, for reports.
    public var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }

    /// The duration in microseconds, for per-turn latencies.
    public var microseconds: Double { milliseconds * 1_000 }
}
