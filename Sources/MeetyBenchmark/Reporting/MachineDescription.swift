import Foundation

/// A one-line description of the machine and build, printed with every set of figures so that
/// numbers are never read without knowing where they came from.
public enum MachineDescription {
    /// `release` or `debug`: figures from a debug build are not comparable with the targets.
    public static var buildConfiguration: String {
        #if DEBUG
            "debug"
        #else
            "release"
        #endif
    }

    /// CPU model, cores, memory and OS.
    public static func current() -> String {
        let info = ProcessInfo.processInfo
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        let memory = Double(info.physicalMemory) / 1_073_741_824
        return "\(cpu), \(info.activeProcessorCount) cores, \(String(format: "%.0f", memory)) GiB, "
            + info.operatingSystemVersionString
    }
}
