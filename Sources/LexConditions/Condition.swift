/// A Lex V2 condition, parsed: the text of a conditional branch's `condition.expressionString`,
/// its syntax tree, and the warnings found while reading it.
///
/// Parse once (when a bot is loaded or compiled) and evaluate on every turn. The grammar, the
/// evaluation rules and which of them are Lex's and which are this project's stand-ins are in
/// docs/conditions.md.
public struct Condition: Sendable, Hashable {
    /// The expression as written.
    public let text: String
    /// The syntax tree.
    public let expression: ConditionExpression
    /// Forms that parse but that Lex does not document, or documents differently: lower-case
    /// keywords, AND and OR mixed without parentheses, sub-slot references, undocumented `$.`
    /// paths. Sorted by position.
    public let warnings: [ConditionIssue]

    /// The `$.` paths the developer guide uses in conditions: the input mode, the input transcript,
    /// and the confidence of a transcription.
    public static let documentedPaths: [String] = [
        "$.inputMode", "$.inputTranscript", "$.transcriptions[N].transcriptionConfidence",
    ]

    /// Parses `text`; throws at the first syntax error, with its position inside `text`.
    public init(parsing text: String) throws(ConditionSyntaxError) {
        var parser = try ConditionParser(text)
        let expression = try parser.parseCondition()
        self.text = text
        self.expression = expression
        let references = Self.references(in: expression)
        self.warnings = (parser.warnings + references.compactMap(Self.undocumentedReferenceWarning))
            .sorted { $0.range < $1.range }
    }

    /// Every reference in the expression, in the order it is written (function arguments
    /// included). This is what validation checks: each slot against the intent's slots, each
    /// attribute against what the bot sets.
    public var references: [ConditionReference] { Self.references(in: expression) }

    /// The slot references, in order; `{slot.subSlot}` counts as a reference to `slot`.
    public var slotReferences: [ConditionReference] { references.filter { $0.slotName != nil } }

    /// The session attribute references (`[name]`), in order.
    public var sessionAttributeReferences: [ConditionReference] {
        references.filter {
            if case .sessionAttribute = $0.target { return true }
            return false
        }
    }

    /// The request attribute references (`((name))`), in order.
    public var requestAttributeReferences: [ConditionReference] {
        references.filter {
            if case .requestAttribute = $0.target { return true }
            return false
        }
    }

    private static func references(in expression: ConditionExpression) -> [ConditionReference] {
        switch expression.kind {
        case .and(let left, let right), .or(let left, let right):
            return references(in: left) + references(in: right)
        case .not(let operand), .parenthesized(let operand):
            return references(in: operand)
        case .comparison(let operand, _, _):
            return [operand.reference]
        case .contains(let reference, _), .isSet(let reference):
            return [reference]
        }
    }

    private static func undocumentedReferenceWarning(_ reference: ConditionReference) -> ConditionIssue? {
        switch reference.target {
        case .slot(let name, let subSlot?):
            return ConditionIssue(
                .warning, .conditionUndocumentedReference,
                "\(reference.text) reads sub-slot '\(subSlot)' of composite slot '\(name)'; "
                    + "Lex does not document sub-slots in conditions", at: reference.range)
        case .path(let path) where !isDocumented(path):
            return ConditionIssue(
                .warning, .conditionUndocumentedReference,
                "Lex documents the paths \(documentedPaths.joined(separator: ", ")) for conditions, "
                    + "not \(path.text)", at: reference.range)
        default:
            return nil
        }
    }

    private static func isDocumented(_ path: ConditionPath) -> Bool {
        let components = path.components
        if components == [.member("inputMode")] || components == [.member("inputTranscript")] { return true }
        guard components.count == 3, case .index = components[1] else { return false }
        return components[0] == .member("transcriptions") && components[2] == .member("transcriptionConfidence")
    }
}

extension Condition: CustomStringConvertible {
    /// The expression as written.
    public var description: String { text }
}
