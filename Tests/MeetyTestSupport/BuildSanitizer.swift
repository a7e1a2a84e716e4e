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
