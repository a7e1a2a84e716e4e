import Foundation
import MeetyTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The processes a run started, found in `/proc` by the marker each carries in its environment
/// (`--hook-env MEETY_E2E_MARK=…` reaches the hook's workers and everything they start), and the TCP
/// sockets processes listen on. Linux only, as the hosts of the foreign-hook tests are.
enum MarkedProcesses {
    /// The live processes whose environment holds `MEETY_E2E_MARK=marker` (a zombie has no
    /// environment left, so it does not count).
    static func pids(markedWith marker: String) -> [Int32] {
        let needle = Data("MEETY_E2E_MARK=\(marker)".utf8)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let environment = read("/proc/\(pid)/environ") else { return false }
            return environment.split(separator: 0).contains { $0 == needle }
        }.sorted()
    }

    /// The marked processes still alive once the run is over. A run ends its workers before it exits,
    /// so a short bound only covers the kernel finishing off killed processes.
    static func survivors(of marker: String) async -> [Int32] {
        if await within(.seconds(3 * BuildSanitizer.slowdown), { pids(markedWith: marker).isEmpty }) { return [] }
        let left = pids(markedWith: marker)
        for pid in left { kill(pid, SIGKILL) }
        return left
    }

    /// Waits up to `limit` for `condition`, looking every 20 ms.
    static func within(_ limit: Duration, _ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    /// The local addresses (`127.0.0.1:PORT`, `[::1]:PORT`, `0.0.0.0:PORT`, …) of the TCP sockets the
    /// processes `pids` listen on.
    static func listeningAddresses(of pids: [Int32]) -> [String] {
        var inodes: Set<String> = []
        for pid in pids {
            let folder = "/proc/\(pid)/fd"
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(folder)/\(entry)"),
                    target.hasPrefix("socket:[")
                else { continue }
                inodes.insert(String(target.dropFirst("socket:[".count).dropLast()))
            }
        }
        var addresses: [String] = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let bytes = read(table) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                // sl local_address rem_address st … inode; st 0A is LISTEN.
                guard fields.count > 9, fields[3] == "0A", inodes.contains(String(fields[9])) else { continue }
                addresses.append(address(hex: String(fields[1])))
            }
        }
        return addresses.sorted()
    }

    /// The whole of a `/proc` file. They report a size of 0, and a reader that trusts the size, or
    /// stops after one page, misses the end of a long socket table or environment.
    static func read(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Whether an address from `listeningAddresses` is a loopback one.
    static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address.hasPrefix("[::1]:") || address.hasPrefix("[::ffff:127.")
    }

    /// `/proc/net/tcp*` writes addresses as hex words in host (little-endian) order, then `:PORT` in hex.
    private static func address(hex: String) -> String {
        let parts = hex.split(separator: ":")
        let port = Int(parts.last ?? "0", radix: 16) ?? 0
        let words = stride(from: 0, to: parts[0].count, by: 8).map { offset -> [UInt8] in
            let start = parts[0].index(parts[0].startIndex, offsetBy: offset)
            let word = UInt32(parts[0][start..<parts[0].index(start, offsetBy: 8)], radix: 16) ?? 0
            return (0..<4).map { UInt8((word >> (8 * $0)) & 0xff) }
        }
        let bytes = words.flatMap { $0 }
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") + ":\(port)" }
        if bytes.dropLast().allSatisfy({ $0 == 0 }), bytes.last == 1 { return "[::1]:\(port)" }
        if bytes.prefix(10).allSatisfy({ $0 == 0 }), bytes[10] == 0xff, bytes[11] == 0xff {
            return "[::ffff:" + bytes.suffix(4).map(String.init).joined(separator: ".") + "]:\(port)"
        }
        return "[" + bytes.map { String(format: "%02x", $0) }.joined() + "]:\(port)"
    }
}
