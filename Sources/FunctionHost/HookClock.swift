import CodeHooks
import Foundation
import LexFacts

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the hook process's clock is set to the conversation script's `now`.
public enum HookClockSetting: Hashable, Sendable {
    /// Use libfaketime from the usual Debian/Ubuntu/Fedora/Homebrew places when it is installed.
    case automatic
    /// Use the libfaketime library at this path.
    case library(path: String)
    /// Do not fake the clock: the hook sees real time.
    case real
}

/// Whether the hook sees the script's clock, so a run header can say "the hook sees real time".
public enum HookClockStatus: Hashable, Sendable {
    /// The worker runs under libfaketime (`LD_PRELOAD`): `datetime.now()` and `Date.now()` give the
    /// script's `now`, set anew for every invocation.
    case scripted(library: String)
    /// The hook sees the machine's real time, for the reason given.
    case real(reason: String)

    /// Whether the hook's clock follows the script.
    public var followsScript: Bool {
        if case .scripted = self { return true }
        return false
    }

    /// One line for a run header: nil when the clock follows the script.
    public var note: String? {
        switch self {
        case .scripted: return nil
        case .real(let reason): return "the hook sees real time: \(reason)"
        }
    }

    /// The places `automatic` looks for `libfaketime.so.1`.
    public static let searchPaths = [
        "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib64/faketime/libfaketime.so.1",
        "/usr/lib/faketime/libfaketime.so.1",
        "/usr/local/lib/faketime/libfaketime.so.1",
    ]

    /// Resolves a setting for a kind: Invoke API functions run elsewhere, so their clock cannot be set.
    public static func resolve(
        _ setting: HookClockSetting, kind: FunctionKind,
        fileExists: (String) -> Bool = { FileManager.default.isReadableFile(atPath: $0) }
    ) -> HookClockStatus {
        guard kind.startsProcesses else {
            return .real(reason: "an Invoke API function runs in its own environment")
        }
        switch setting {
        case .real:
            return .real(reason: "clock faking is turned off")
        case .library(let path):
            return fileExists(path)
                ? .scripted(library: path) : .real(reason: "libfaketime not found at \(path)")
        case .automatic:
            if let path = searchPaths.first(where: fileExists) { return .scripted(library: path) }
            return .real(reason: "libfaketime is not installed (apt-get install faketime)")
        }
    }
}

/// The machine's real time, the reference the fake clock's offset is computed from. A protocol so
/// that tests can pin it.
public protocol RealTimeSource: Sendable {
    /// Nanoseconds since the Unix epoch, real time.
    func unixNanoseconds() -> Int64
}

/// `clock_gettime(CLOCK_REALTIME)`.
public struct SystemRealTime: RealTimeSource {
    /// Creates the system source.
    public init() {}

    /// Reads `CLOCK_REALTIME`.
    public func unixNanoseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}

/// Converts the script's wall-clock `now` (a local time without zone) to Unix time in the hook's
/// time zone, so that the hook's local clock shows exactly the script's `now`.
public enum ScriptTime {
    /// Unix seconds at which the local time in `timeZone` is `now`; UTC when the zone is unknown.
    public static func unixSeconds(of now: LocalDateTime, timeZone: String) -> Int64 {
        let naive = Int64(now.date.dayNumber) * 86_400 + Int64(now.time.minutes) * 60
        guard timeZone != "UTC", let zone = TimeZone(identifier: timeZone) else { return naive }
        // Local = UTC + offset(UTC); two rounds settle the offset around a transition.
        var guess = naive - Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(naive))))
        guess = naive - Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess))))
        return guess
    }
}

/// The file libfaketime reads its spec from on every clock call (`FAKETIME_TIMESTAMP_FILE` with
/// `FAKETIME_NO_CACHE=1`). The spec is an offset to real time (`+SECONDS.FRACTION`), which
/// libfaketime applies without state: fake = real + offset. Rewriting the file before each
/// invocation moves a warm worker to the next `now` without a restart.
struct FakeTimeSpecFile: Sendable {
    let path: String

    /// How far the hook's clock may run ahead of the script's `now` before the file is rewritten:
    /// 10 ms, far below the minute a script's clock counts in, and below anything a hook shows.
    static let tolerance: UInt64 = 10_000_000

    /// The environment a worker needs to read this file through libfaketime.
    ///
    /// `fakesMonotonic` decides whether the monotonic clock moves with the offset. Python needs it
    /// faked (libfaketime 0.9.10 fails Python's absolute `clock_nanosleep` with EINVAL otherwise);
    /// Node.js must keep the real one (it aborts when its monotonic clock goes backwards, which an
    /// earlier `now` on a warm worker does), and so do custom runtimes (event loops such as NIO's).
    func environment(library: String, fakesMonotonic: Bool) -> [String: String] {
        var environment = [
            "LD_PRELOAD": library,
            "FAKETIME_TIMESTAMP_FILE": path,
            "FAKETIME_NO_CACHE": "1",
            "FAKETIME_DISABLE_SHM": "1",
        ]
        if !fakesMonotonic { environment["FAKETIME_DONT_FAKE_MONOTONIC"] = "1" }
        return environment
    }

    /// Writes the offset that makes the hook's clock read `targetNanoseconds` now; returns the
    /// offset in nanoseconds. The file is replaced atomically, so a reader never sees half a spec.
    @discardableResult
    func set(targetNanoseconds: Int64, realNanoseconds: Int64) throws -> Int64 {
        let offset = targetNanoseconds - realNanoseconds
        try Self.write(Self.spec(offsetNanoseconds: offset), to: path)
        return offset
    }

    /// `+SECONDS.MICROS` or `-SECONDS.MICROS`.
    static func spec(offsetNanoseconds: Int64) -> String {
        let sign = offsetNanoseconds < 0 ? "-" : "+"
        let magnitude = offsetNanoseconds.magnitude / 1000
        let micros = String(magnitude % 1_000_000)
        return "\(sign)\(magnitude / 1_000_000).\(String(repeating: "0", count: 6 - micros.count))\(micros)\n"
    }

    static func write(_ text: String, to path: String) throws {
        let temporary = path + ".next"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FakeTimeError(path: path, errno: errno) }
        let bytes = Array(text.utf8)
        #if canImport(Glibc)
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        #else
            let written = bytes.withUnsafeBytes { Darwin.write(descriptor, $0.baseAddress, $0.count) }
        #endif
        close(descriptor)
        guard written == bytes.count, rename(temporary, path) == 0 else {
            throw FakeTimeError(path: path, errno: errno)
        }
    }
}

/// The fake clock's spec file could not be written.
struct FakeTimeError: Error, CustomStringConvertible {
    let path: String
    let errno: Int32
    var description: String { "cannot write the hook clock file \(path): \(String(cString: strerror(errno)))" }
}
