import MeetyDiagnostics
import YAMLNode

/// Decoding of conversation-flow outcomes: `say`, `then`, `branches` and `else`, and the step
/// code hooks (docs/bot-format.md, "Conversation flows").
extension BotDecoder {
    /// The keys of an outcome mapping.
    static let outcomeKeys = ["say", "then", "branches", "else"]
    /// The keys of a conditional branch.
    static let branchKeys = ["name", "if", "say", "then"]
    /// The keys of the default branch.
    static let defaultBranchKeys = ["say", "then"]
    /// The keys of a step code hook.
    static let stepHookKeys = ["label", "invoke", "success", "failure", "timeout"]
    /// The keys of an elicitation code hook.
    static let elicitationHookKeys = ["label", "invoke"]
    /// Lex's limit on the branches of one conditional.
    static let maximumBranches = 4
    /// Lex's limit on the length of a condition, in characters.
    static let maximumConditionLength = 1024

    /// An outcome: a message alone, or a mapping with `say`, `then`, `branches` and `else`.
    func outcome(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> OutcomeDefinition? {
        guard node.mapping != nil else {
            guard let message = self.message(node, what, bag: &bag) else { return nil }
            return OutcomeDefinition(message: message, flow: FlowContinuation(span: node.span), span: node.span)
        }
        guard let reader = MappingReader(node, subject: what, knownKeys: Self.outcomeKeys, bag: &bag) else {
            return nil
        }
        return outcome(reader, what, bag: &bag)
    }

    /// The outcome held by `reader`'s `say`, `then`, `branches` and `else` keys.
    func outcome(_ reader: MappingReader, _ what: String, bag: inout DiagnosticBag) -> OutcomeDefinition {
        let message = reader["say"].flatMap { self.message($0, "'say' of \(what)", bag: &bag) }
        return OutcomeDefinition(
            message: message, flow: continuation(reader, what, bag: &bag), span: reader.mapping.span)
    }

    /// A message key that may also be written as an outcome (`failure`, `declined`, `closing`):
    /// the message, and what follows it when the value is a mapping. `key` names the key for a
    /// message (`'failure' of slot 'X'`), `what` the outcome (`the failure of slot 'X'`).
    func messageOrOutcome(_ node: YAMLNode, key: String, _ what: String, bag: inout DiagnosticBag)
        -> (message: MessageDefinition?, flow: FlowContinuation?)
    {
        guard node.mapping != nil else { return (message(node, key, bag: &bag), nil) }
        guard let outcome = outcome(node, what, bag: &bag) else { return (nil, nil) }
        return (outcome.message, outcome.flow)
    }

    /// The `then`, `branches` and `else` of a mapping.
    func continuation(_ reader: MappingReader, _ what: String, bag: inout DiagnosticBag) -> FlowContinuation {
        let next = reader["then"].flatMap { nextStep($0, "'then' of \(what)", bag: &bag) }
        var branches: [BranchDefinition] = []
        let branchesNode = reader["branches"]
        if let branchesNode, let items = branchesNode.list("'branches' of \(what)", bag: &bag) {
            if items.isEmpty {
                bag.error(
                    .valueOutOfRange, "'branches' of \(what) is empty; write 1 to \(Self.maximumBranches) branches",
                    at: branchesNode.span)
            } else if items.count > Self.maximumBranches {
                bag.error(
                    .valueOutOfRange,
                    "'branches' of \(what) has \(items.count) branches, more than Lex's \(Self.maximumBranches)",
                    at: items[Self.maximumBranches].span)
            }
            for (index, item) in items.enumerated() {
                if let branch = branch(item, "branch \(index + 1) of \(what)", bag: &bag) { branches.append(branch) }
            }
        }
        var otherwise: DefaultBranchDefinition?
        if let node = reader["else"] {
            otherwise = defaultBranch(node, "'else' of \(what)", bag: &bag)
            if branchesNode == nil, let key = reader.keySpan("else") {
                bag.error(
                    .missingKey, "\(what) has 'else' but no 'branches'; 'else' is the branch taken when none matches",
                    at: key)
            }
        }
        return FlowContinuation(
            next: next, branches: branches, otherwise: otherwise, branchesSpan: branchesNode?.span,
            span: reader.mapping.span)
    }

    private func branch(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> BranchDefinition? {
        guard let reader = MappingReader(node, subject: what, knownKeys: Self.branchKeys, bag: &bag) else {
            return nil
        }
        let name = reader.required("name", bag: &bag)?.string("'name' of \(what)", bag: &bag)
        let subject = name.map { "branch '\($0.value)'" } ?? what
        let condition = reader.required("if", bag: &bag).flatMap { self.condition($0, "'if' of \(subject)", bag: &bag) }
        let message = reader["say"].flatMap { self.message($0, "'say' of \(subject)", bag: &bag) }
        let next = reader.required("then", bag: &bag).flatMap { nextStep($0, "'then' of \(subject)", bag: &bag) }
        guard let name, let condition, let next else { return nil }
        return BranchDefinition(
            name: name, condition: condition, message: message, next: next, span: reader.mapping.span)
    }

    private func condition(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> ConditionDefinition? {
        guard let scalar = node.scalar, !scalar.isNull else {
            let hint = node.mapping != nil || node.sequence != nil ? "; quote a condition that starts with { or [" : ""
            bag.error(.typeMismatch, "expected text for \(what), found \(node.kindDescription)\(hint)", at: node.span)
            return nil
        }
        let length = scalar.value.utf16.count
        if length > Self.maximumConditionLength {
            bag.error(
                .valueOutOfRange,
                "\(what) is \(length) characters long, more than Lex's \(Self.maximumConditionLength)",
                at: scalar.span)
            return nil
        }
        return ConditionDefinition(text: Located(scalar.value, at: scalar.span), layout: ScalarLayout(scalar))
    }

    private func defaultBranch(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag)
        -> DefaultBranchDefinition?
    {
        if node.mapping == nil {
            return message(node, what, bag: &bag).map { DefaultBranchDefinition(message: $0, span: node.span) }
        }
        guard let reader = MappingReader(node, subject: what, knownKeys: Self.defaultBranchKeys, bag: &bag) else {
            return nil
        }
        return DefaultBranchDefinition(
            message: reader["say"].flatMap { self.message($0, "'say' of \(what)", bag: &bag) },
            next: reader["then"].flatMap { nextStep($0, "'then' of \(what)", bag: &bag) },
            span: node.span)
    }

    /// A step code hook: `true` (called, no label), `false` (none) or a mapping.
    func stepHook(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> StepHookDefinition? {
        if node.mapping == nil {
            guard let enabled = node.bool(what, bag: &bag) else { return nil }
            return enabled.value ? StepHookDefinition(span: node.span) : nil
        }
        guard let reader = MappingReader(node, subject: what, knownKeys: Self.stepHookKeys, bag: &bag) else {
            return nil
        }
        return StepHookDefinition(
            label: reader["label"]?.string("'label' of \(what)", bag: &bag),
            invoke: reader["invoke"]?.bool("'invoke' of \(what)", bag: &bag),
            success: reader["success"].flatMap { outcome($0, "the success of \(what)", bag: &bag) },
            failure: reader["failure"].flatMap { outcome($0, "the failure of \(what)", bag: &bag) },
            timeout: reader["timeout"].flatMap { outcome($0, "the timeout of \(what)", bag: &bag) },
            span: node.span)
    }

    /// An elicitation code hook: `true`, `false` or `{label, invoke}`.
    func elicitationHook(_ node: YAMLNode, _ what: String, bag: inout DiagnosticBag) -> ElicitationHookDefinition? {
        if node.mapping == nil {
            return node.bool(what, bag: &bag).map { ElicitationHookDefinition(invoke: $0, span: node.span) }
        }
        guard let reader = MappingReader(node, subject: what, knownKeys: Self.elicitationHookKeys, bag: &bag) else {
            return nil
        }
        return ElicitationHookDefinition(
            invoke: reader["invoke"]?.bool("'invoke' of \(what)", bag: &bag) ?? Located(true, at: node.span),
            label: reader["label"]?.string("'label' of \(what)", bag: &bag),
            span: node.span)
    }
}
