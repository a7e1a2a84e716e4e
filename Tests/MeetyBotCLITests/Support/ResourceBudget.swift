import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one run of the CLI on a hostile file may cost: a second of CPU, 256 MiB of memory, and a
/// wall-clock limit after which it counts as hung.
///
/// Under AddressSanitizer or ThreadSanitizer (`swift test --sanitize=...`) the CLI is instrumented
/// too and runs several times slower with a larger footprint (shadow memory, quarantine), so the
/// budget scales by the documented overhead of the sanitizer in use.
struct ResourceBudget: Sendable {
    /// The CPU time allowed.
    var cpu: Duration
    /// The peak resident memory allowed, in bytes.
    var memory: Int
    /// The wall-clock time after which the run is killed as hung.
    var wall: Duration

    /// The budget for this build of the tests.
    static let current: ResourceBudget = {
        let scale = sanitizerScale
        return ResourceBudget(
            cpu: .seconds(1) * scale.time, memory: 256 * 1024 * 1024 * scale.memory, wall: .seconds(10) * scale.time)
    }()

    /// The sanitizer the tests (and so the CLI) were built with, if any: its symbols are in the process.
    static let sanitizer: String? = {
        guard let process = dlopen(nil, RTLD_NOW) else { return nil }
        if dlsym(process, "__tsan_init") != nil { return "thread" }
        if dlsym(process, "__asan_init") != nil { return "address" }
        return nil
    }()

    /// ThreadSanitizer: 5-15x slower, 5-10x the memory; AddressSanitizer: about 2x slower, about 3x
    /// the memory (clang's documentation); with margin for a shared machine.
    private static var sanitizerScale: (time: Int, memory: Int) {
        switch sanitizer {
        case "thread": (20, 8)
        case "address": (4, 4)
        default: (1, 1)
        }
    }

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
