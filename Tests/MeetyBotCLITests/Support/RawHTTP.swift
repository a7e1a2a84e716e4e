import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A deliberately crude HTTP client over a raw loopback socket, for sending what no real client
/// sends: malformed requests, partial requests, requests trickled byte by byte.
///
/// Its reads block, so they run on a Dispatch thread, never on one of the few threads Swift
/// concurrency shares with the other suites of the run. One task uses a connection at a time.
final class RawConnection: @unchecked Sendable {
    /// How an exchange ended.
    struct Outcome: CustomStringConvertible {
        /// Everything the server sent.
        var bytes: [UInt8]
        /// Whether the server closed the connection (as opposed to the read timing out).
        var closed: Bool

        /// The status code of the answer, if one arrived.
        var status: Int? {
            let text = String(decoding: bytes.prefix(64), as: UTF8.self)
            guard text.hasPrefix("HTTP/1.1 ") else { return nil }
            return Int(text.dropFirst(9).prefix(3))
        }

        /// The `x-amzn-ErrorType` of the answer, if any.
        var errorType: String? {
            let head = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n\r\n").first ?? ""
            for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("x-amzn-errortype:") {
                return line.dropFirst("x-amzn-errortype:".count).trimmingCharacters(in: .whitespaces)
            }
            return nil
        }

        /// `STATUS TYPE` (`-` for no type), or `drop` when the server closed without answering, or
        /// `timeout` when it neither answered nor closed.
        var summary: String {
            if let status { return "\(status) \(errorType ?? "-")" }
            return closed ? "drop" : "timeout"
        }

        var description: String { summary }
    }

    private let socket: Int32

    /// Connects to `127.0.0.1:port`.
    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw RawHTTPError(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw RawHTTPError(description: "connect() to port \(port) failed: errno \(errno)")
        }
    }

    deinit {
        close(socket)
    }

    /// Sends `bytes` (all of them, unless the server closed); `false` when the server closed first.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    /// Reads until the server closes the connection or `timeout` passes, on a Dispatch thread.
    func readUntilClosed(timeout: Duration) async -> Outcome {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.blockingRead(timeout: timeout)) }
        }
    }

    private func blockingRead(timeout: Duration) -> Outcome {
        var received: [UInt8] = []
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while ContinuousClock.now < deadline {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let left = deadline - ContinuousClock.now
            let milliseconds = Int32(
                max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            guard poll(&descriptor, 1, milliseconds) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return Outcome(bytes: received, closed: true) }
            received += buffer[..<count]
        }
        return Outcome(bytes: received, closed: false)
    }

    /// Sends `request` on a new connection and reads until the server closes it.
    static func exchange(port: Int, _ request: [UInt8], timeout: Duration) async throws -> Outcome {
        let connection = try RawConnection(port: port)
        connection.send(request)
        return await connection.readUntilClosed(timeout: timeout)
    }
}

/// A socket call failed.
struct RawHTTPError: Error, CustomStringConvertible {
    /// What failed.
    var description: String
}
