import MeetyDiagnostics

extension ValidationRule {
    /// Every rule the validator runs by default, in the order they run.
    public static let all: [ValidationRule] = []
}
