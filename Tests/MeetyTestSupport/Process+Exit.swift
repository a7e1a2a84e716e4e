import Foundation

extension Process {
    /// Starts the process and suspends until it exits, without holding a thread while it runs
    /// (`waitUntilExit` would block one of the few threads the parallel tests share).
    public func runUntilExit() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            terminationHandler = { _ in continuation.resume() }
            do {
                try run()
            } catch {
                terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }
}
