#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The sanitizer the tests were built with (`swift test --sanitize=...`), found from its runtime's
/// symbols in the process, so time and memory bounds can allow for its overhead.
public enum BuildSanitizer: String, Sendable {
    /// AddressSanitizer: about 2x slower, about 3x the memory (clang's documentation).
    case address
    /// ThreadSanitizer: 5-15x slower, 5-10x the memory (clang's documentation).
    case thread

    /// The sanitizer of this build, if any.
    public static let current: BuildSanitizer? = {
        guard let process = dlopen(nil, RTLD_NOW) else { return nil }
        if dlsym(process, "__tsan_init") != nil { return .thread }
        if dlsym(process, "__asan_init") != nil { return .address }
        return nil
    }()

    /// How much longer work takes in this build than without a sanitizer, with margin for a shared
    /// machine: 1 without one.
    public static var slowdown: Int {
        switch current {
        case .thread: 20
        case .address: 4
        case nil: 1
        }
    }

    /// The bound of a test that bad input is refused quickly rather than hanging or blowing up (alias
    /// bombs, deep nesting, huge fixtures): such input would take minutes or forever, while a debug build
    /// among the parallel tests on two loaded cores has taken 1.1 s for work that takes 0.1 s alone, so
    /// the bound tells the two apart without timing the machine. Scaled by `slowdown`.
    public static var hangBound: Duration { .seconds(10) * slowdown }

    /// How much more memory a process needs in this build: 1 without a sanitizer. AddressSanitizer
    /// adds shadow memory and a quarantine of up to 256 MiB of freed blocks.
    public static var memoryGrowth: Int {
        switch current {
        case .thread: 8
        case .address: 4
        case nil: 1
        }
    }
}
