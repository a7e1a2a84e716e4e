import Foundation
import MeetyDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the CLI writes: results to standard output, diagnostics and progress to standard error,
/// colour only when standard error is a terminal and `NO_COLOR` is not set.
struct Console: Sendable {
    /// Whether diagnostics are coloured.
    let colored: Bool

    /// The console of this process.
    static let standard = Console(colored: isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)

    /// Writes a line of results to standard output.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes text to standard output as is.
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text to standard error as is.
    func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints diagnostics (with notes) to standard error in a stable order.
    func report(_ diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        let text = DiagnosticFormatter(colored: colored).format(bag.sorted)
        if !text.isEmpty { err(text) }
    }
}
