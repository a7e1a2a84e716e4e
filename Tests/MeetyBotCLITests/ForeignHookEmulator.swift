import Foundation
import MeetyTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The AWS Lambda Runtime Interface Emulator on loopback, serving RoomBot's Python hook with
/// awslambdaric as its bootstrap: the Invoke API a `http://…/invocations` spec calls.
///
/// The emulator does not end its runtime when it stops, so both carry a marker in their environment
/// and `stop()` ends every process that has it.
final class RoomBotEmulator {
    private let process = Process()
    private let marker = UUID().uuidString
    /// The Invoke API URL.
    let url: String
    private let invokePort: Int

    /// Starts the emulator and waits until it accepts connections.
    init(timeoutSeconds: Int) throws {
        let invokePort = try LoopbackPorts.free()
        let apiPort = try LoopbackPorts.free()
        process.executableURL = URL(fileURLWithPath: HookTools.emulator ?? "/nonexistent/aws-lambda-rie")
        process.arguments = [
            "--runtime-interface-emulator-address", "127.0.0.1:\(invokePort)",
            "--runtime-api-address", "127.0.0.1:\(apiPort)", "python3", "-m", "awslambdaric",
            "roombot.lambda_handler",
        ]
        process.currentDirectoryURL = RoomBot.root.appendingPathComponent("hooks")
        process.environment = [
            "PATH": HookTools.environment["PATH"] ?? "/usr/bin:/bin", "HOME": HookTools.environment["HOME"] ?? "/",
            "AWS_LAMBDA_FUNCTION_TIMEOUT": String(timeoutSeconds), "MEETY_E2E_MARK": marker,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        url = "http://127.0.0.1:\(invokePort)/2015-03-31/functions/function/invocations"
        self.invokePort = invokePort
    }

    /// Waits (suspended, not holding a thread of the shared pool) until the emulator accepts connections.
    func waitUntilListening() async {
        let deadline = ContinuousClock.now + .seconds(10 * BuildSanitizer.slowdown)
        while ContinuousClock.now < deadline, !LoopbackPorts.accepts(port: invokePort) {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Stops the emulator and its runtime.
    func stop() async {
        process.terminate()
        process.waitUntilExit()
        for pid in MarkedProcesses.pids(markedWith: marker) { kill(pid, SIGKILL) }
        _ = await MarkedProcesses.survivors(of: marker)
    }
}
