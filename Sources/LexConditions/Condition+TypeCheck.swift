/// What validation knows about a slot that conditions compare: its kind, whether it takes several
/// values, and its sub-slots if it is composite.
public struct ConditionSlotDescription: Sendable, Hashable {
    /// How its values compare (`ConditionValueKind(slotType:)`).
    public var kind: ConditionValueKind
    /// True when `multipleValuesSetting.allowMultipleValues` is on.
    public var isMultiValued: Bool
    /// The kinds of its sub-slots, by name; empty for a slot that is not composite.
    public var subSlotKinds: [String: ConditionValueKind]

    /// Creates a description.
    public init(
        kind: ConditionValueKind, isMultiValued: Bool = false, subSlotKinds: [String: ConditionValueKind] = [:]
    ) {
        self.kind = kind
        self.isMultiValued = isMultiValued
        self.subSlotKinds = subSlotKinds
    }
}

extension Condition {
    /// The problems a bot's validation can find once it knows the slots: a constant that does not
    /// fit the slot's type (`{age} > "old"` for an `AMAZON.Number` slot; Lex: "The right-hand side
    /// must be a constant and the same type as the left hand side"), `fn.COUNT`/`fn.LENGTH`
    /// compared with a non-number, `fn.LENGTH` of a multi-valued slot (Lex: not supported), a
    /// sub-slot the composite slot lacks (errors); and `CONTAINS` or `fn.COUNT` on a slot that
    /// takes one value (warnings).
    ///
    /// - Parameter describe: the description of a slot of the intent by name, or `nil` for a slot
    ///   the intent does not have (unknown slots are the caller's own check, on `slotReferences`).
    public func typeIssues(describingSlot describe: (String) -> ConditionSlotDescription?) -> [ConditionIssue] {
        var issues: [ConditionIssue] = []
        visit(expression) { node in
            switch node.kind {
            case .comparison(let operand, _, let constant):
                switch operand {
                case .reference(let reference):
                    if let kind = kind(of: reference, describe, into: &issues) {
                        check(constant, fits: kind, comparedWith: reference.text, into: &issues)
                    }
                case .count(let reference, _):
                    checkQuantifier("fn.COUNT", reference, describe, into: &issues)
                    check(constant, fits: .number, comparedWith: "fn.COUNT(...)", into: &issues)
                case .length(let reference, let range):
                    if let name = reference.slotName, describe(name)?.isMultiValued == true {
                        issues.append(
                            ConditionIssue(
                                .error, .conditionTypeMismatch,
                                "fn.LENGTH does not support multi-valued slots such as '\(name)'", at: range))
                    }
                    _ = kind(of: reference, describe, into: &issues)
                    check(constant, fits: .number, comparedWith: "fn.LENGTH(...)", into: &issues)
                }
            case .contains(let reference, let constant):
                checkQuantifier("CONTAINS", reference, describe, into: &issues)
                if let kind = kind(of: reference, describe, into: &issues) {
                    check(constant, fits: kind, comparedWith: reference.text, into: &issues)
                }
            case .isSet(let reference):
                _ = kind(of: reference, describe, into: &issues)
            case .and, .or, .not, .parenthesized:
                break
            }
        }
        return issues.sorted { $0.range < $1.range }
    }

    private func visit(_ node: ConditionExpression, _ body: (ConditionExpression) -> Void) {
        body(node)
        switch node.kind {
        case .and(let left, let right), .or(let left, let right):
            visit(left, body)
            visit(right, body)
        case .not(let operand), .parenthesized(let operand):
            visit(operand, body)
        case .comparison, .contains, .isSet:
            break
        }
    }

    /// The kind of what `reference` reads when the slot (and sub-slot) is known; reports a missing
    /// sub-slot.
    private func kind(
        of reference: ConditionReference, _ describe: (String) -> ConditionSlotDescription?,
        into issues: inout [ConditionIssue]
    ) -> ConditionValueKind? {
        guard case .slot(let name, let subSlot) = reference.target else { return .untyped }
        guard let description = describe(name) else { return nil }
        guard let subSlot else { return description.kind }
        guard let kind = description.subSlotKinds[subSlot] else {
            let detail =
                description.subSlotKinds.isEmpty
                ? "slot '\(name)' is not a composite slot, so \(reference.text) reads nothing"
                : "composite slot '\(name)' has no sub-slot '\(subSlot)'"
            issues.append(ConditionIssue(.error, .conditionTypeMismatch, detail, at: reference.nameRange))
            return nil
        }
        return kind
    }

    private func checkQuantifier(
        _ what: String, _ reference: ConditionReference, _ describe: (String) -> ConditionSlotDescription?,
        into issues: inout [ConditionIssue]
    ) {
        guard case .slot(let name, nil) = reference.target, let description = describe(name),
            !description.isMultiValued
        else { return }
        let meaning = what == "CONTAINS" ? "it tests equality with the one value" : "it counts 1 when the slot is set"
        issues.append(
            ConditionIssue(
                .warning, .conditionScalarQuantifier,
                "\(what) is for multi-valued slots, and slot '\(name)' takes one value; \(meaning)",
                at: reference.range))
    }

    private func check(
        _ constant: ConditionConstant, fits kind: ConditionValueKind, comparedWith what: String,
        into issues: inout [ConditionIssue]
    ) {
        guard kind != .text, kind != .untyped, ConditionValueOrder.number(constant.text, as: kind) == nil else {
            return
        }
        issues.append(
            ConditionIssue(
                .error, .conditionTypeMismatch,
                "\(what) is compared with '\(constant.text)', which is not \(kind.expected)", at: constant.range))
    }
}
