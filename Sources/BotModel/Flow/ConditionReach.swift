import LexConditions

/// What a condition can evaluate to, decided without running the bot: used to find branches that
/// can never be taken (docs/bot-format.md, "Unreachable branches").
///
/// The analysis splits on which of the condition's references are set. For each split it follows
/// the evaluation rules of docs/conditions.md: a comparison, `CONTAINS` or `fn.LENGTH` of an unset
/// reference makes the whole condition invalid (not taken), `fn.IS_SET` is true or false, and
/// `fn.COUNT` is 0 when unset and at least 1 when set; a comparison of a set value may come out
/// true, false or invalid. `AND` and `OR` stop at the first operand that decides. A condition is
/// **always true** when every split can only be true, and **never true** when no split can be
/// true. The analysis is sound (it never calls a condition always true that might not be) but does
/// not look at values: `{n} > 5 OR {n} <= 5` is not always true (it is invalid when `n` is unset
/// anyway).
struct ConditionReach {
    /// A possible result of evaluating a condition.
    enum Outcome: Hashable {
        case matched, notMatched, invalid
    }

    /// The most references the analysis splits on (2^n evaluations); beyond it nothing is claimed.
    static let maximumReferences = 10

    /// The condition's possible results over every split, or `nil` when it reads too many references.
    static func outcomes(_ condition: Condition) -> Set<Outcome>? {
        let targets = Array(Set(condition.references.map(\.target)))
        guard targets.count <= maximumReferences else { return nil }
        var all: Set<Outcome> = []
        for mask in 0..<(1 << targets.count) {
            var set: Set<ConditionReference.Target> = []
            for (index, target) in targets.enumerated() where mask & (1 << index) != 0 { set.insert(target) }
            all.formUnion(outcomes(condition.expression, set: set))
        }
        return all
    }

    /// Whether the condition is true whatever the session holds.
    static func isAlwaysTrue(_ condition: Condition) -> Bool { outcomes(condition) == [.matched] }

    /// Whether the condition can never be true.
    static func isNeverTrue(_ condition: Condition) -> Bool {
        outcomes(condition).map { !$0.contains(.matched) } ?? false
    }

    private static func outcomes(_ node: ConditionExpression, set: Set<ConditionReference.Target>) -> Set<Outcome> {
        switch node.kind {
        case .and(let left, let right):
            return outcomes(left, set: set).reduce(into: []) { result, outcome in
                result.formUnion(outcome == .matched ? outcomes(right, set: set) : [outcome])
            }
        case .or(let left, let right):
            return outcomes(left, set: set).reduce(into: []) { result, outcome in
                result.formUnion(outcome == .notMatched ? outcomes(right, set: set) : [outcome])
            }
        case .not(let operand):
            return Set(
                outcomes(operand, set: set).map { outcome in
                    switch outcome {
                    case .matched: .notMatched
                    case .notMatched: .matched
                    case .invalid: .invalid
                    }
                })
        case .parenthesized(let operand):
            return outcomes(operand, set: set)
        case .isSet(let reference):
            return set.contains(reference.target) ? [.matched] : [.notMatched]
        case .contains(let reference, _):
            return set.contains(reference.target) ? [.matched, .notMatched, .invalid] : [.invalid]
        case .comparison(let operand, let comparator, let constant):
            let isSet = set.contains(operand.reference.target)
            switch operand {
            case .reference:
                return isSet ? [.matched, .notMatched, .invalid] : [.invalid]
            case .count:
                guard let bound = number(constant) else { return [.matched, .notMatched, .invalid] }
                return isSet ? counts(from: 1, comparator, bound) : counts(from: 0, through: 0, comparator, bound)
            case .length:
                guard isSet else { return [.invalid] }
                guard let bound = number(constant) else { return [.matched, .notMatched, .invalid] }
                return counts(from: 0, comparator, bound).union([.invalid])
            }
        }
    }

    /// The results of `n comparator bound` for every whole `n` from `lower` (to `upper`, or without end).
    private static func counts(
        from lower: Int, through upper: Int? = nil, _ comparator: ConditionComparator, _ bound: Double
    ) -> Set<Outcome> {
        let low = Double(lower)
        let canHold: Bool
        let canFail: Bool
        if let upper {
            let values = (lower...upper).map(Double.init)
            canHold = values.contains { holds(comparator, $0, bound) }
            canFail = values.contains { !holds(comparator, $0, bound) }
        } else {
            let reachable = bound >= low && bound.rounded() == bound
            switch comparator {
            case .greater, .greaterOrEqual:
                canHold = true
                canFail = !holds(comparator, low, bound)
            case .notEqual:
                canHold = true
                canFail = reachable
            case .less, .lessOrEqual:
                canHold = holds(comparator, low, bound)
                canFail = true
            case .equal:
                canHold = reachable
                canFail = true
            }
        }
        var result: Set<Outcome> = []
        if canHold { result.insert(.matched) }
        if canFail { result.insert(.notMatched) }
        return result
    }

    private static func holds(_ comparator: ConditionComparator, _ left: Double, _ right: Double) -> Bool {
        switch comparator {
        case .equal: left == right
        case .notEqual: left != right
        case .less: left < right
        case .lessOrEqual: left <= right
        case .greater: left > right
        case .greaterOrEqual: left >= right
        }
    }

    /// A constant that is plainly a number (`2`, `"2"`, `-1.5`), else `nil`.
    private static func number(_ constant: ConditionConstant) -> Double? {
        let text = constant.text
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else {
            return nil
        }
        return Double(text)
    }

    /// The condition written out in one normal form: keywords upper case, symbols spelt as words,
    /// fully parenthesised, constants in lower case (Lex compares text case-insensitively). Two
    /// conditions with the same normal form are the same condition.
    static func normalForm(_ node: ConditionExpression) -> String {
        switch node.kind {
        case .and(let left, let right): "(\(normalForm(left)) AND \(normalForm(right)))"
        case .or(let left, let right): "(\(normalForm(left)) OR \(normalForm(right)))"
        case .not(let operand): "NOT \(normalForm(operand))"
        case .parenthesized(let operand): normalForm(operand)
        case .isSet(let reference): "fn.IS_SET(\(reference.text))"
        case .contains(let reference, let constant): "\(reference.text) CONTAINS \(normal(constant))"
        case .comparison(let operand, let comparator, let constant):
            "\(normal(operand)) \(comparator.rawValue) \(normal(constant))"
        }
    }

    private static func normal(_ operand: ConditionOperand) -> String {
        switch operand {
        case .reference(let reference): reference.text
        case .count(let reference, _): "fn.COUNT(\(reference.text))"
        case .length(let reference, _): "fn.LENGTH(\(reference.text))"
        }
    }

    private static func normal(_ constant: ConditionConstant) -> String {
        "\"\(constant.text.lowercased())\""
    }
}
