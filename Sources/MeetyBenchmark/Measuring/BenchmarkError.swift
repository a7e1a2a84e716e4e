import MeetyDiagnostics

/// A workload that did not do what the benchmark expects of it: the figures would be meaningless.
public struct BenchmarkError: Error, CustomStringConvertible {
    /// What went wrong, with the first diagnostics when there are any.
    public let description: String

    /// Creates an error; up to three of `bag`'s errors are appended to the message.
    public init(_ message: String, _ bag: DiagnosticBag = DiagnosticBag()) {
        let errors = bag.diagnostics.filter { $0.severity == .error }.prefix(3).map { "\n  \($0)" }
        description = message + errors.joined()
    }
}
