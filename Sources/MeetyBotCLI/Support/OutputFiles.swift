import Foundation
import MeetyDiagnostics

/// Writing output files atomically (write to a temporary file next to the target, then rename),
/// so an interrupted run never leaves a half-written report or export behind.
enum OutputFiles {
    /// Writes `data` to `path`, creating parent directories; a failure becomes a diagnostic.
    static func write(_ data: Data, to path: String, into bag: inout DiagnosticBag) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            bag.error(.unwritableFile, "cannot write '\(path)': \(error.localizedDescription)", at: .startOf(path))
        }
    }
}

extension DiagnosticCode {
    /// An output file could not be written.
    public static let unwritableFile = DiagnosticCode(
        "unwritable-file",
        summary: "An output file (export, report) could not be written."
    )

    /// The codes the CLI itself reports.
    public static let cliCodes: [DiagnosticCode] = [.unwritableFile]
}
