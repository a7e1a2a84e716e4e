import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a worker's stdout and stderr pipes on a thread of its own and keeps what arrived since the
/// last `collect()`, so each invocation gets exactly the lines printed while it ran.
///
/// Reads happen under the lock, and `collect()` first drains whatever is already in the pipes:
/// output written before the runtime posted its answer is always in that invocation's log, even if
/// the reader thread had not woken up yet.
final class OutputCollector: Sendable {
    /// The most kept between two collects; older bytes are dropped (a hook that floods its log).
    static let capacity = 1 << 20
    private static let stderrTailCapacity = 8192

    private struct Buffers {
        var combined: [UInt8] = []
        var dropped = 0
        var stderrTail: [UInt8] = []
        var open: [Int32]
        /// Pipes at end of file, closed by the reader thread only (so it never polls a reused number).
        var ended: [Int32] = []
    }

    private let stdoutFD: Int32
    private let stderrFD: Int32
    private let buffers: Mutex<Buffers>
    private let stopRequested = Atomic<Bool>(false)
    private let finished = Atomic<Bool>(false)

    /// Takes ownership of the read ends of the two pipes and starts reading.
    init(stdoutFD: Int32, stderrFD: Int32) {
        self.stdoutFD = stdoutFD
        self.stderrFD = stderrFD
        for descriptor in [stdoutFD, stderrFD] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        buffers = Mutex(Buffers(open: [stdoutFD, stderrFD]))
        let thread = Thread { [self] in run() }
        thread.name = "meety-hook-output"
        thread.start()
    }

    /// Everything written since the previous call, as text.
    func collect() -> String {
        buffers.withLock { buffers in
            drain(&buffers)
            var text = String(decoding: buffers.combined, as: UTF8.self)
            if buffers.dropped > 0 { text = "[\(buffers.dropped) bytes of output dropped]\n" + text }
            buffers.combined.removeAll(keepingCapacity: true)
            buffers.dropped = 0
            return text
        }
    }

    /// The last non-empty lines the worker wrote to stderr (for a crash message).
    func lastStderrLines(_ count: Int) -> [String] {
        buffers.withLock { buffers in
            drain(&buffers)
            let lines = String(decoding: buffers.stderrTail, as: UTF8.self).split(whereSeparator: \.isNewline)
            return lines.suffix(count).map { String($0) }
        }
    }

    /// Stops the reader after the pipes reach end of file, or within 100 ms if they never do (a
    /// detached grandchild holding them).
    func stop() {
        stopRequested.store(true, ordering: .relaxed)
    }

    /// Whether the reader thread has finished and closed the pipes.
    var isFinished: Bool { finished.load(ordering: .acquiring) }

    private func run() {
        while true {
            let descriptors = buffers.withLock { buffers in
                for descriptor in buffers.ended { close(descriptor) }
                buffers.ended.removeAll()
                return buffers.open
            }
            if descriptors.isEmpty { break }
            var polls = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polls, nfds_t(polls.count), 100)
            if ready < 0, errno != EINTR { break }
            if ready > 0 { buffers.withLock { drain(&$0) } }
            if ready == 0, stopRequested.load(ordering: .relaxed) { break }
        }
        buffers.withLock { buffers in
            for descriptor in buffers.open + buffers.ended { close(descriptor) }
            buffers.open.removeAll()
            buffers.ended.removeAll()
        }
        finished.store(true, ordering: .releasing)
    }

    /// Reads what is available from each open pipe; closes a pipe at end of file.
    private func drain(_ buffers: inout Buffers) {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        for descriptor in buffers.open {
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    append(chunk[0..<count], from: descriptor, to: &buffers)
                    continue
                }
                if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    buffers.open.removeAll { $0 == descriptor }
                    buffers.ended.append(descriptor)
                }
                if count < 0, errno == EINTR { continue }
                break
            }
        }
    }

    private func append(_ bytes: ArraySlice<UInt8>, from descriptor: Int32, to buffers: inout Buffers) {
        buffers.combined.append(contentsOf: bytes)
        if buffers.combined.count > Self.capacity {
            let excess = buffers.combined.count - Self.capacity
            buffers.combined.removeFirst(excess)
            buffers.dropped += excess
        }
        if descriptor == stderrFD {
            buffers.stderrTail.append(contentsOf: bytes)
            if buffers.stderrTail.count > Self.stderrTailCapacity {
                buffers.stderrTail.removeFirst(buffers.stderrTail.count - Self.stderrTailCapacity)
            }
        }
    }
}
