import Foundation

/// Whether `python3` on the PATH can import the modules a hook benchmark needs, so that a machine
/// without them gets a line saying what to install rather than a failed measurement.
enum PythonModules {
    /// The sentence naming the first missing module, or `nil` when all import.
    static func missing(_ modules: [String], environment: [String: String]) -> String? {
        for module in modules {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", "import \(module)"]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return "python3 is not installed" }
            process.waitUntilExit()
            if process.terminationStatus != 0 {
                return "python3 cannot import \(module) (python3 -m pip install \(module))"
            }
        }
        return nil
    }
}
