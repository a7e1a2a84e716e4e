#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One background thread that fires the timeouts of hook calls.
///
/// A timeout per hook call built from `Task.sleep` costs a timer registration in the dispatch
/// manager and a wake-up for the cancelled sleeper on every call, even though hooks almost always
/// answer in microseconds. Here a deadline is an entry in a heap under a pthread mutex: scheduling
/// and cancelling cost a lock, and the thread only wakes when the earliest deadline passes. It
/// reads the monotonic clock for timeouts only; no result of the simulator depends on it.
final class HookDeadlines: @unchecked Sendable {
    /// The process-wide instance.
    static let shared = HookDeadlines()

    /// A scheduled deadline, for cancelling it.
    struct Ticket: Sendable, Hashable {
        fileprivate let id: UInt64
    }

    private struct Entry {
        let deadline: UInt64
        let id: UInt64
    }

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    // Guarded by `mutex`.
    private var heap: [Entry] = []
    private var actions: [UInt64: @Sendable () -> Void] = [:]
    private var nextID: UInt64 = 0
    private var threadStarted = false

    private init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        #if canImport(Glibc)
            pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        #endif
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    /// Runs `action` on the deadline thread once `delay` has passed, unless cancelled first.
    func schedule(after delay: Duration, _ action: @escaping @Sendable () -> Void) -> Ticket {
        let (seconds, attoseconds) = delay.components
        let nanoseconds = max(0, seconds) * 1_000_000_000 + max(0, attoseconds) / 1_000_000_000
        let deadline = Self.now() &+ UInt64(clamping: nanoseconds)
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        nextID += 1
        let entry = Entry(deadline: deadline, id: nextID)
        actions[entry.id] = action
        dropCancelledHeads()
        push(entry)
        if !threadStarted {
            threadStarted = true
            startThread()
        } else if heap.first?.id == entry.id {
            pthread_cond_signal(condition)
        }
        return Ticket(id: entry.id)
    }

    /// Cancels a deadline; its action will not run (a no-op if it already ran).
    func cancel(_ ticket: Ticket) {
        pthread_mutex_lock(mutex)
        actions[ticket.id] = nil
        pthread_mutex_unlock(mutex)
    }

    private func startThread() {
        var thread = pthread_t()
        let context = Unmanaged.passUnretained(self).toOpaque()
        #if canImport(Glibc)
            let created = pthread_create(
                &thread, nil,
                { context in
                    Unmanaged<HookDeadlines>.fromOpaque(context!).takeUnretainedValue().run()
                    return nil
                }, context)
        #else
            let created = pthread_create(
                &thread, nil,
                { context in
                    Unmanaged<HookDeadlines>.fromOpaque(context).takeUnretainedValue().run()
                    return nil
                }, context)
        #endif
        precondition(created == 0, "cannot start the hook deadline thread (error \(created))")
        pthread_detach(thread)
    }

    private func run() {
        pthread_mutex_lock(mutex)
        while true {
            dropCancelledHeads()
            guard let first = heap.first else {
                pthread_cond_wait(condition, mutex)
                continue
            }
            if first.deadline > Self.now() {
                var until = timespec(
                    tv_sec: Int(first.deadline / 1_000_000_000), tv_nsec: Int(first.deadline % 1_000_000_000))
                pthread_cond_timedwait(condition, mutex, &until)
                continue
            }
            popFirst()
            guard let action = actions.removeValue(forKey: first.id) else { continue }
            pthread_mutex_unlock(mutex)
            action()
            pthread_mutex_lock(mutex)
        }
    }

    /// The clock the condition waits on, in nanoseconds: monotonic on Linux; Darwin's timed wait
    /// only knows the real-time clock.
    private static func now() -> UInt64 {
        var time = timespec()
        #if canImport(Glibc)
            clock_gettime(CLOCK_MONOTONIC, &time)
        #else
            clock_gettime(CLOCK_REALTIME, &time)
        #endif
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Removes cancelled entries from the top of the heap, so it stays small when calls finish in time.
    private func dropCancelledHeads() {
        while let first = heap.first, actions[first.id] == nil { popFirst() }
    }

    private func push(_ entry: Entry) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].deadline < heap[parent].deadline else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private func popFirst() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, heap[left].deadline < heap[smallest].deadline { smallest = left }
            if right < heap.count, heap[right].deadline < heap[smallest].deadline { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
