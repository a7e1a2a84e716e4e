import MeetyTestSupport

/// What one run of the CLI on a hostile file may cost: a second of CPU, 256 MiB of memory, and a
/// wall-clock limit after which it counts as hung.
///
/// Under AddressSanitizer or ThreadSanitizer (`swift test --sanitize=...`) the CLI is instrumented
/// too and runs several times slower with a larger footprint (shadow memory, quarantine), so the
/// budget scales by the documented overhead of the sanitizer in use (`BuildSanitizer`).
struct ResourceBudget: Sendable {
    /// The CPU time allowed.
    var cpu: Duration
    /// The peak resident memory allowed, in bytes.
    var memory: Int
    /// The wall-clock time after which the run is killed as hung.
    var wall: Duration

    /// The budget for this build of the tests.
    static let current = ResourceBudget(
        cpu: .seconds(1) * BuildSanitizer.slowdown,
        memory: 256 * 1024 * 1024 * BuildSanitizer.memoryGrowth,
        wall: .seconds(10) * BuildSanitizer.slowdown
    )

    /// What the run broke of this budget, if anything.
    func violations(of result: MeasuredRun.Result) -> [String] {
        var found: [String] = []
        if result.timedOut { found.append("hung: killed after \(wall) of wall-clock time") }
        if result.cpu > cpu { found.append("took \(result.cpu) of CPU, more than \(cpu)") }
        if result.peakMemory > memory {
            found.append("peaked at \(result.peakMemory / 1_048_576) MiB, more than \(memory / 1_048_576) MiB")
        }
        return found
    }
}
