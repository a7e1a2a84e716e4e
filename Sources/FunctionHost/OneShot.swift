import Synchronization

/// A value that several racers (the runtime's answer, the process's exit, a timer) may supply; the
/// first one wins and the waiter gets it.
final class OneShot<Value: Sendable>: Sendable {
    private let state = Mutex<(value: Value?, continuation: CheckedContinuation<Value, Never>?)>((nil, nil))

    /// Supplies the value; returns whether this call was the first.
    @discardableResult
    func resolve(_ value: Value) -> Bool {
        let (first, continuation): (Bool, CheckedContinuation<Value, Never>?) = state.withLock { state in
            guard state.value == nil else { return (false, nil) }
            state.value = value
            defer { state.continuation = nil }
            return (true, state.continuation)
        }
        continuation?.resume(returning: value)
        return first
    }

    /// Waits for the value (once per instance).
    func value() async -> Value {
        await withCheckedContinuation { continuation in
            let ready: Value? = state.withLock { state in
                if state.value == nil { state.continuation = continuation }
                return state.value
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
