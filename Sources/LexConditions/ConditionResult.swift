/// The outcome of evaluating a condition: the branch is taken only for `matched`.
public enum ConditionResult: Sendable, Hashable {
    /// The condition holds.
    case matched
    /// The condition does not hold.
    case notMatched
    /// Evaluation reached something it could not evaluate: a reference that is not set, or a
    /// value that is not of the kind it is compared as. Lex: "Any expression referencing an
    /// attribute which has not been set is treated as invalid, and is not evaluated"; the branch is
    /// not taken.
    case invalid(ConditionInvalidity)

    /// True only for `matched`: whether the branch is taken.
    public var isMatched: Bool { self == .matched }
}

/// Why a condition could not be evaluated, with the part of the expression responsible, so a trace
/// can say why a branch was skipped.
public struct ConditionInvalidity: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of reason.
    public enum Reason: Sendable, Hashable {
        /// The reference has no value (an empty slot, an absent attribute, a path that reads nothing).
        case unset(ConditionReference)
        /// A value, or the constant, is not of the kind the comparison needs (a number slot holding
        /// `ten`, `fn.LENGTH` of a multi-valued slot).
        case typeMismatch
    }

    /// Why.
    public var reason: Reason
    /// A lowercase sentence naming the reference or value.
    public var message: String
    /// The part of the expression that could not be evaluated.
    public var range: ConditionRange

    /// Creates a reason.
    public init(_ reason: Reason, _ message: String, at range: ConditionRange) {
        self.reason = reason
        self.message = message
        self.range = range
    }

    /// `col N: message`.
    public var description: String { "\(range): \(message)" }
}

extension Condition {
    /// Evaluates the condition against `environment`.
    ///
    /// `AND` and `OR` are evaluated left to right and stop as soon as the result is known, so
    /// `!fn.IS_SET([n]) OR [n] = "0"` is matched when `[n]` is not set instead of being invalid.
    /// Reaching a comparison, `CONTAINS` or function whose reference is not set makes the whole
    /// condition `invalid` (`fn.IS_SET` and `fn.COUNT` are defined for unset references). The
    /// rules for each operator are in docs/conditions.md.
    public func evaluate(in environment: some ConditionEnvironment) -> ConditionResult {
        switch ConditionEvaluator(environment: environment).truth(of: expression) {
        case .value(true): .matched
        case .value(false): .notMatched
        case .invalid(let invalidity): .invalid(invalidity)
        }
    }
}
