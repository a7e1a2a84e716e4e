import MeetyDiagnostics

/// One named check of a decoded bot, with the stable code of the diagnostics it reports.
///
/// Rules are named for the correct state (`slotTypesAreDefined`), so a rule's name reads as the
/// guarantee a `ValidatedBot` carries. Each rule sees the whole definition and reports every
/// violation it finds; the registry (`ValidationRule.all`) is the single list the validator runs
/// and the documentation is generated from.
public struct ValidationRule: Sendable {
    /// The rule's name, a statement of the correct state.
    public let name: String
    /// The code of the diagnostics the rule reports.
    public let code: DiagnosticCode
    /// The check: reads the definition, emits diagnostics.
    public let check: @Sendable (BotDefinition, inout DiagnosticBag) -> Void

    /// Declares a rule.
    public init(
        _ name: String,
        code: DiagnosticCode,
        check: @escaping @Sendable (BotDefinition, inout DiagnosticBag) -> Void
    ) {
        self.name = name
        self.code = code
        self.check = check
    }
}

/// Runs the validation rules over a decoded bot and produces a `ValidatedBot`.
public struct BotValidator: Sendable {
    /// The rules run, in order.
    public var rules: [ValidationRule]

    /// Creates a validator running `rules` (all registered rules by default).
    public init(rules: [ValidationRule] = ValidationRule.all) {
        self.rules = rules
    }

    /// Validates `definition`.
    /// - Parameters:
    ///   - definition: The decoded bot.
    ///   - strict: Treat warnings as errors (`--strict`).
    ///   - bag: Receives every diagnostic.
    /// - Returns: The validated bot, or `nil` when any error was found.
    public func validate(_ definition: BotDefinition, strict: Bool = false, into bag: inout DiagnosticBag)
        -> ValidatedBot?
    {
        var local = DiagnosticBag()
        for rule in rules {
            rule.check(definition, &local)
        }
        if strict { local.promoteWarningsToErrors() }
        bag.append(contentsOf: local)
        guard !local.hasErrors else { return nil }
        return ValidatedBot(definition: definition, warnings: local.diagnostics.filter { $0.severity == .warning })
    }
}
