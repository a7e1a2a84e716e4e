/// Evaluates a syntax tree against an environment (rules in docs/conditions.md).
struct ConditionEvaluator<Environment: ConditionEnvironment> {
    /// A boolean, or the reason there is none.
    enum Truth {
        case value(Bool)
        case invalid(ConditionInvalidity)
    }

    /// A reference's value: its text, how it compares, and the slot value when it is a slot.
    private struct Resolved {
        let text: String
        let kind: ConditionValueKind
        let slot: ConditionSlotValue?
    }

    let environment: Environment

    func truth(of expression: ConditionExpression) -> Truth {
        switch expression.kind {
        case .and(let left, let right):
            let first = truth(of: left)
            guard case .value(let value) = first else { return first }
            return value ? truth(of: right) : .value(false)
        case .or(let left, let right):
            let first = truth(of: left)
            guard case .value(let value) = first else { return first }
            return value ? .value(true) : truth(of: right)
        case .not(let operand):
            let inner = truth(of: operand)
            guard case .value(let value) = inner else { return inner }
            return .value(!value)
        case .parenthesized(let inner):
            return truth(of: inner)
        case .isSet(let reference):
            return .value(isSet(reference))
        case .contains(let reference, let constant):
            return contains(reference, constant)
        case .comparison(let operand, let comparator, let constant):
            return compare(operand, comparator, constant)
        }
    }

    private func slotValue(_ reference: ConditionReference) -> ConditionSlotValue? {
        guard case .slot(let name, let subSlot) = reference.target, let slot = environment.slot(named: name) else {
            return nil
        }
        guard let subSlot else { return slot }
        return slot.subSlots[subSlot]
    }

    private func isSet(_ reference: ConditionReference) -> Bool {
        switch reference.target {
        case .slot: slotValue(reference)?.isSet ?? false
        case .sessionAttribute(let name): environment.sessionAttribute(named: name) != nil
        case .requestAttribute(let name): environment.requestAttribute(named: name) != nil
        case .path(let path): environment.inputValue(at: path) != nil
        }
    }

    /// A reference's value, or why it has none.
    private enum Resolution {
        case success(Resolved)
        case failure(ConditionInvalidity)
    }

    private func resolve(_ reference: ConditionReference) -> Resolution {
        let resolved: Resolved?
        switch reference.target {
        case .slot:
            let slot = slotValue(reference)
            resolved = slot.flatMap { slot in
                guard slot.isSet, let text = slot.comparedText else { return nil }
                return Resolved(text: text, kind: slot.kind, slot: slot)
            }
        case .sessionAttribute(let name):
            resolved = environment.sessionAttribute(named: name).map { Resolved(text: $0, kind: .untyped, slot: nil) }
        case .requestAttribute(let name):
            resolved = environment.requestAttribute(named: name).map { Resolved(text: $0, kind: .untyped, slot: nil) }
        case .path(let path):
            resolved = environment.inputValue(at: path).map { Resolved(text: $0, kind: .untyped, slot: nil) }
        }
        guard let resolved else {
            return .failure(
                ConditionInvalidity(
                    .unset(reference), "\(reference.text) is not set, so the condition cannot be evaluated",
                    at: reference.range))
        }
        return .success(resolved)
    }

    private func contains(_ reference: ConditionReference, _ constant: ConditionConstant) -> Truth {
        let resolved: Resolved
        switch resolve(reference) {
        case .failure(let invalidity): return .invalid(invalidity)
        case .success(let value): resolved = value
        }
        if let mismatch = constantMismatch(constant, kind: resolved.kind) { return .invalid(mismatch) }
        let candidates: [String]
        if let slot = resolved.slot, slot.isList, !slot.values.isEmpty {
            candidates = slot.values.compactMap(\.interpretedValue)
        } else {
            candidates = [resolved.text]
        }
        for candidate in candidates {
            guard let equal = ConditionValueOrder.compare(candidate, .equal, constant.text, as: resolved.kind) else {
                return .invalid(valueMismatch(candidate, reference, kind: resolved.kind))
            }
            if equal { return .value(true) }
        }
        return .value(false)
    }

    private func compare(_ operand: ConditionOperand, _ comparator: ConditionComparator, _ constant: ConditionConstant)
        -> Truth
    {
        switch operand {
        case .reference(let reference):
            switch resolve(reference) {
            case .failure(let invalidity):
                return .invalid(invalidity)
            case .success(let resolved):
                if let mismatch = constantMismatch(constant, kind: resolved.kind) { return .invalid(mismatch) }
                guard
                    let result = ConditionValueOrder.compare(
                        resolved.text, comparator, constant.text, as: resolved.kind)
                else { return .invalid(valueMismatch(resolved.text, reference, kind: resolved.kind)) }
                return .value(result)
            }
        case .count(let reference, _):
            return compareNumber(Double(count(reference)), comparator, constant, function: "fn.COUNT")
        case .length(let reference, let range):
            switch resolve(reference) {
            case .failure(let invalidity):
                return .invalid(invalidity)
            case .success(let resolved):
                if let slot = resolved.slot, slot.isList {
                    return .invalid(
                        ConditionInvalidity(
                            .typeMismatch, "fn.LENGTH does not support multi-valued slots such as \(reference.text)",
                            at: range))
                }
                return compareNumber(Double(resolved.text.count), comparator, constant, function: "fn.LENGTH")
            }
        }
    }

    /// The number of values: a multi-valued slot's values, 1 for any other set reference, 0 when unset.
    private func count(_ reference: ConditionReference) -> Int {
        if let slot = slotValue(reference), slot.isList, !slot.values.isEmpty {
            return slot.values.filter(\.isSet).count
        }
        return isSet(reference) ? 1 : 0
    }

    private func compareNumber(
        _ value: Double, _ comparator: ConditionComparator, _ constant: ConditionConstant, function: String
    ) -> Truth {
        guard let number = ConditionNumber.parse(constant.text) else {
            return .invalid(
                ConditionInvalidity(
                    .typeMismatch, "\(function) gives a number, and '\(constant.text)' is not one", at: constant.range))
        }
        return .value(ConditionValueOrder.holds(comparator, value, number))
    }

    /// The problem with `constant` when it cannot be read as `kind`.
    private func constantMismatch(_ constant: ConditionConstant, kind: ConditionValueKind) -> ConditionInvalidity? {
        guard kind != .text, kind != .untyped, ConditionValueOrder.number(constant.text, as: kind) == nil else {
            return nil
        }
        return ConditionInvalidity(
            .typeMismatch, "the constant '\(constant.text)' is not \(kind.expected)", at: constant.range)
    }

    private func valueMismatch(_ text: String, _ reference: ConditionReference, kind: ConditionValueKind)
        -> ConditionInvalidity
    {
        ConditionInvalidity(
            .typeMismatch, "the value '\(text)' of \(reference.text) is not \(kind.expected)", at: reference.range)
    }
}
