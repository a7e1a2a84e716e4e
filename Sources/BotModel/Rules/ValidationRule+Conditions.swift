import LexConditions
import MeetyDiagnostics

extension ValidationRule {
    /// Every branch condition parses (docs/conditions.md has the grammar).
    ///
    /// Reported inside the expression, at the column where it stops being a condition: the
    /// condition's own position in the file plus the offset, past an opening quote.
    public static let conditionsParse = ValidationRule("conditionsParse", code: .conditionSyntax) { bot, bag in
        for (condition, branch, point, site) in bot.conditionSites {
            guard case .failure(let error) = condition.parsed else { continue }
            bag.error(
                .conditionSyntax,
                "condition of branch '\(branch.name.value)' in \(point.kind.description) of intent "
                    + "'\(site.intent.name.value)' does not parse: \(error.message)\(condition.columnNote(error.range))",
                at: condition.span(of: error.range))
        }
    }

    /// Conditions compare slots with constants of the slot's type, and use `fn.LENGTH` and
    /// sub-slots only where Lex supports them (`Condition.typeIssues`).
    public static let conditionConstantsFitSlotTypes = ValidationRule(
        "conditionConstantsFitSlotTypes",
        code: .conditionTypeMismatch
    ) { bot, bag in
        reportTypeIssues(bot, code: .conditionTypeMismatch, into: &bag)
    }

    /// `CONTAINS` and `fn.COUNT` read multi-valued slots; on a slot that takes one value they are
    /// equality and 0 or 1 (a warning).
    public static let conditionQuantifiersReadLists = ValidationRule(
        "conditionQuantifiersReadLists",
        code: .conditionScalarQuantifier
    ) { bot, bag in
        reportTypeIssues(bot, code: .conditionScalarQuantifier, into: &bag)
    }

    /// Condition keywords are in upper case, the only case Lex documents (a warning).
    public static let conditionKeywordsAreUpperCase = ValidationRule(
        "conditionKeywordsAreUpperCase",
        code: .conditionKeywordCase
    ) { bot, bag in
        reportWarnings(bot, code: .conditionKeywordCase, into: &bag)
    }

    /// `AND` and `OR` are not mixed without parentheses, since Lex documents no precedence (a warning).
    public static let conditionPrecedenceIsExplicit = ValidationRule(
        "conditionPrecedenceIsExplicit",
        code: .conditionAmbiguousPrecedence
    ) { bot, bag in
        reportWarnings(bot, code: .conditionAmbiguousPrecedence, into: &bag)
    }

    /// Conditions read only what Lex documents for conditions: no sub-slots, only the documented
    /// `$.` paths (a warning).
    public static let conditionReferencesAreDocumented = ValidationRule(
        "conditionReferencesAreDocumented",
        code: .conditionUndocumentedReference
    ) { bot, bag in
        reportWarnings(bot, code: .conditionUndocumentedReference, into: &bag)
    }

    /// The parser's warnings with `code`, each inside its expression.
    private static func reportWarnings(_ bot: BotDefinition, code: DiagnosticCode, into bag: inout DiagnosticBag) {
        for (condition, branch, point, site) in bot.conditionSites {
            for issue in condition.condition?.warnings ?? [] where issue.code == code {
                report(issue, condition, branch, point, site, into: &bag)
            }
        }
    }

    /// The type checker's issues with `code`, given the intent's slots.
    private static func reportTypeIssues(_ bot: BotDefinition, code: DiagnosticCode, into bag: inout DiagnosticBag) {
        for (condition, branch, point, site) in bot.conditionSites {
            guard let parsed = condition.condition else { continue }
            let issues = parsed.typeIssues { name in
                site.slot(name).map {
                    ConditionSlotDescription(
                        kind: ConditionValueKind(slotType: $0.type.value), isMultiValued: $0.isMultiValued)
                }
            }
            for issue in issues where issue.code == code {
                report(issue, condition, branch, point, site, into: &bag)
            }
        }
    }

    private static func report(
        _ issue: ConditionIssue, _ condition: ConditionDefinition, _ branch: BranchDefinition, _ point: FlowPoint,
        _ site: FlowIntentSite, into bag: inout DiagnosticBag
    ) {
        let message =
            "condition of branch '\(branch.name.value)' in \(point.kind.description) of intent "
            + "'\(site.intent.name.value)': \(issue.message)\(condition.columnNote(issue.range))"
        bag.emit(Diagnostic(issue.severity, issue.code, message, at: condition.span(of: issue.range)))
    }
}
