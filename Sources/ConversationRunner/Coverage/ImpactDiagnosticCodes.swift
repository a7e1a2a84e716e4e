import BotDiff
import MeetyDiagnostics

extension DiagnosticCode {
    /// A change of the bot that no script exercises.
    public static let changeNotExercised = DiagnosticCode(
        "change-not-exercised",
        summary:
            "test --affected-by: a change of the bot that no script's run exercises, so no script tests it (a warning)."
    )

    /// Every code of change impact.
    public static let impactCodes: [DiagnosticCode] = [.changeNotExercised]
}

extension ChangeImpact {
    /// A `change-not-exercised` warning for every change no script exercises, except changes no
    /// run can exercise (descriptions, the voice); at the change's place when it is written in YAML.
    public func unexercisedWarnings(_ changes: [BotChange], since old: String) -> [Diagnostic] {
        changes.compactMap { change in
            guard change.element.exercise != .none, exercisedBy[change.key]?.isEmpty ?? true else { return nil }
            return Diagnostic.warning(
                .changeNotExercised,
                "no script exercises \(change.element.label) (\(change.element.kind.rawValue) \(change.name) since \(old))",
                at: change.new?.span ?? change.old?.span)
        }
    }
}
