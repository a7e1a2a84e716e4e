// The libFuzzer entry point. Not part of any package target: scripts/fuzz.sh compiles it with
// the MeetyFuzzing sources and the modules they test under -sanitize=fuzzer,address.
import MeetyFuzzing

/// Called by libFuzzer with each input; a broken loader invariant is reported as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func meetyFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzTarget.check(bytes)
    if !problems.isEmpty {
        fatalError("broken invariant:\n" + problems.joined(separator: "\n"))
    }
    return 0
}
