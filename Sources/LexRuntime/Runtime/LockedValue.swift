#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value only reached while holding a pthread mutex: the runtime's sessions and the once-flag of
/// a hook call.
///
/// Not `Synchronization.Mutex`: on Linux that locks with atomics and futex calls inside the
/// uninstrumented standard library, so ThreadSanitizer sees no ordering between two lock holders
/// and reports concurrent sessions of one runtime as a data race (a false positive, reproduced
/// with four threads and a bare `Mutex<[String: Int]>`; the same program on `NSLock`, a pthread mutex, is
/// clean). A pthread mutex costs the same uncontended and is understood by the sanitizers, which
/// keeps the runtime checkable with `swift test --sanitize=thread`.
final class LockedValue<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    /// Wraps `value`.
    init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` on the value with the mutex held.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
