import Foundation

/// One background thread that fires the timeouts of hook calls.
///
/// A timeout per hook call built from `Task.sleep` costs a timer registration in the dispatch
/// manager and a wake-up for the cancelled sleeper on every call, even though hooks almost always
/// answer in microseconds. Here a deadline is an entry in a heap under a lock: scheduling and
/// cancelling are a few hundred nanoseconds, and the thread only wakes when a deadline passes. The
/// time it reads is elapsed time for timeouts only; no result of the simulator depends on it.
final class HookDeadlines: @unchecked Sendable {
    /// The process-wide instance.
    static let shared = HookDeadlines()

    /// A scheduled deadline, for cancelling it.
    struct Ticket: Sendable, Hashable {
        fileprivate let id: UInt64
    }

    private struct Entry {
        let deadline: ContinuousClock.Instant
        let id: UInt64
    }

    private let condition = NSCondition()
    // Guarded by `condition`.
    private var heap: [Entry] = []
    private var actions: [UInt64: @Sendable () -> Void] = [:]
    private var nextID: UInt64 = 0
    private var threadStarted = false

    /// Runs `action` on the deadline thread once `delay` has passed, unless cancelled first.
    func schedule(after delay: Duration, _ action: @escaping @Sendable () -> Void) -> Ticket {
        let deadline = ContinuousClock.now + delay
        condition.lock()
        defer { condition.unlock() }
        nextID += 1
        let entry = Entry(deadline: deadline, id: nextID)
        actions[entry.id] = action
        dropCancelledHeads()
        push(entry)
        if !threadStarted {
            threadStarted = true
            let thread = Thread { [unowned self] in self.run() }
            thread.name = "meety-hook-deadlines"
            thread.start()
        } else if heap.first?.id == entry.id {
            condition.signal()
        }
        return Ticket(id: entry.id)
    }

    /// Cancels a deadline; its action will not run (a no-op if it already ran).
    func cancel(_ ticket: Ticket) {
        condition.lock()
        actions[ticket.id] = nil
        condition.unlock()
    }

    private func run() {
        condition.lock()
        while true {
            dropCancelledHeads()
            guard let first = heap.first else {
                condition.wait()
                continue
            }
            let remaining = ContinuousClock.now.duration(to: first.deadline)
            if remaining > .zero {
                let seconds = Double(remaining.components.seconds) + Double(remaining.components.attoseconds) / 1e18
                _ = condition.wait(until: Date(timeIntervalSinceNow: seconds))
                continue
            }
            popFirst()
            guard let action = actions.removeValue(forKey: first.id) else { continue }
            condition.unlock()
            action()
            condition.lock()
        }
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
