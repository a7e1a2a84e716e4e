#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The peak resident set size of this process.
///
/// The benchmark runs each workload in a child process of its own, so the figure belongs to that
/// workload alone (a process's peak never goes down).
public enum PeakMemory {
    /// Peak RSS in mebibytes: `VmHWM` from /proc/self/status on Linux, else `getrusage`.
    public static func mebibytes() -> Double {
        if let kibibytes = procStatusKibibytes("VmHWM:") { return Double(kibibytes) / 1_024 }
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
            return Double(usage.ru_maxrss) / 1_048_576
        #else
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_maxrss) / 1_024
        #endif
    }

    private static func procStatusKibibytes(_ field: String) -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 256)
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard line.hasPrefix(field) else { continue }
            return Int(line.dropFirst(field.count).filter(\.isNumber))
        }
        return nil
    }
}
