import LexConditions
import MeetyDiagnostics

extension ValidationRule {
    /// Every branch can be taken (a warning otherwise).
    ///
    /// Lex tries branches in order and takes the first whose condition is true. A branch can never
    /// be taken when (1) its step's next step is written as something other than
    /// `EvaluateConditional`, so no branch is evaluated; (2) an earlier branch is **always true**
    /// (`ConditionReach`: true whatever is set, such as `fn.IS_SET([a]) OR NOT fn.IS_SET([a])` or
    /// `fn.COUNT({toppings}) >= 0`); (3) an earlier branch has the **same condition** (equal once
    /// keyword case and spelling, spacing, parentheses and the case of constants are normalised); or
    /// (4) its own condition is **never true** (`fn.COUNT({x}) < 0`, `fn.IS_SET([a]) AND NOT
    /// fn.IS_SET([a])`). The default branch (`else`) can never be taken after an always-true branch.
    /// Reported at the branch's name (at `else` for the default branch, at `branches` for (1)).
    public static let branchesCanBeReached = ValidationRule(
        "branchesCanBeReached",
        code: .unreachableBranch
    ) { bot, bag in
        for site in bot.flowIntents {
            let intent = site.intent.name.value
            for point in site.points where !point.branches.isEmpty {
                let place = "\(point.kind.description) of intent '\(intent)'"
                if case .written(let step)? = point.next, step.action.value != .evaluateConditional {
                    bag.warning(
                        .unreachableBranch,
                        "the branches of \(place) are never evaluated: its next step is '\(step.summary)', "
                            + "not EvaluateConditional",
                        at: point.flow?.branchesSpan ?? step.span)
                    continue
                }
                var alwaysTaken: BranchDefinition?
                var earlier: [String: String] = [:]
                for branch in point.branches {
                    let name = branch.name.value
                    if let first = alwaysTaken {
                        bag.warning(
                            .unreachableBranch,
                            "branch '\(name)' of \(place) can never be reached: branch '\(first.name.value)' before "
                                + "it is always taken",
                            at: branch.name.span)
                        continue
                    }
                    guard let condition = branch.condition.condition else { continue }
                    let form = ConditionReach.normalForm(condition.expression)
                    if let twin = earlier[form] {
                        bag.warning(
                            .unreachableBranch,
                            "branch '\(name)' of \(place) can never be reached: it repeats the condition of branch "
                                + "'\(twin)'",
                            at: branch.name.span)
                    } else if ConditionReach.isNeverTrue(condition) {
                        bag.warning(
                            .unreachableBranch,
                            "branch '\(name)' of \(place) can never be taken: its condition '\(condition.text)' "
                                + "can never be true",
                            at: branch.name.span)
                    }
                    if ConditionReach.isAlwaysTrue(condition) { alwaysTaken = branch }
                    earlier[form] = earlier[form] ?? name
                }
                if let first = alwaysTaken, let otherwise = point.flow?.otherwise {
                    bag.warning(
                        .unreachableBranch,
                        "the default branch of \(place) can never be reached: branch '\(first.name.value)' is "
                            + "always taken",
                        at: otherwise.span)
                }
            }
        }
    }
}
