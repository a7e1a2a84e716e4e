import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Waits for SIGINT or SIGTERM, which no longer end the process by themselves while it waits.
final class StopSignal {
    private let sources: [any DispatchSourceSignal]
    private let received = OneTimeValue<String>()

    init() {
        var sources: [any DispatchSourceSignal] = []
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let received = self.received
            source.setEventHandler {
                if !received.set(name) {
                    // A second signal while stopping: stop now.
                    exit(128 + number)
                }
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// The name of the first signal received.
    func wait() async -> String {
        await received.value()
    }
}
