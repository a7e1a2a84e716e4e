import LexConditions
import LexModel

/// A configured next step (`DialogState`) as the simulator runs it: the action, the values it
/// sets, and the name coverage reports it by.
///
/// Built once per bot from the export; a step with no dialog action only sets values and then
/// continues on the default path (what Lex does there is not documented; docs/simulator.md).
public struct FlowStep: Sendable {
    /// What the step does; `nil` when the export gives no dialog action.
    public var action: LexDialogActionType?
    /// The slot to elicit, for `ElicitSlot`.
    public var slotToElicit: String?
    /// Whether the message of the step that follows is skipped.
    public var suppressNextMessage: Bool
    /// The intent to switch to (`StartIntent`, or `ElicitSlot` in another intent); `nil` for the
    /// current one.
    public var intentName: String?
    /// Slot values to set, by slot name (of `intentName`'s intent when it switches).
    public var slotValues: [String: FlowSlotValue]
    /// Session attributes to set (merged key by key into the session's).
    public var sessionAttributes: [String: String]
    /// The step's coverage name: `Intent.slot.Time.failure → StartIntent(FallbackIntent)`.
    public var coverageKey: String

    /// Creates a step.
    public init(
        action: LexDialogActionType?,
        slotToElicit: String? = nil,
        suppressNextMessage: Bool = false,
        intentName: String? = nil,
        slotValues: [String: FlowSlotValue] = [:],
        sessionAttributes: [String: String] = [:],
        coverageKey: String = ""
    ) {
        self.action = action
        self.slotToElicit = slotToElicit
        self.suppressNextMessage = suppressNextMessage
        self.intentName = intentName
        self.slotValues = slotValues
        self.sessionAttributes = sessionAttributes
        self.coverageKey = coverageKey
    }

    /// The action as coverage and traces show it: `ElicitSlot(Time)`, `StartIntent(FallbackIntent)`.
    public var actionText: String {
        let name = action?.rawValue ?? "Continue"
        if let slotToElicit, action == .elicitSlot {
            return intentName.map { "\(name)(\($0).\(slotToElicit))" } ?? "\(name)(\(slotToElicit))"
        }
        if action == .startIntent { return "\(name)(\(intentName ?? "current intent"))" }
        return name
    }
}

/// A slot value a next step sets.
public enum FlowSlotValue: Sendable, Equatable {
    /// `null`: the slot is emptied (so it can be elicited again).
    case clear
    /// One value: a constant, or a reference read when the step runs (`[attribute]`, `{Slot}`,
    /// `$.path`).
    case value(String)
    /// The values of a multi-valued slot.
    case list([String])
}

/// Conditional branches of a step (`ConditionalSpecification`).
public struct FlowConditional: Sendable {
    /// False: the branches are not evaluated (an `EvaluateConditional` then takes the default branch).
    public var isActive: Bool
    /// The branches, in evaluation order.
    public var branches: [FlowBranch]
    /// Taken when no branch matches.
    public var defaultBranch: FlowBranch

    /// Creates a conditional.
    public init(isActive: Bool, branches: [FlowBranch], defaultBranch: FlowBranch) {
        self.isActive = isActive
        self.branches = branches
        self.defaultBranch = defaultBranch
    }
}

/// One branch (or the default branch) of a conditional.
public struct FlowBranch: Sendable {
    /// The branch name (`default` for the default branch).
    public var name: String
    /// The parsed condition, or why it does not parse; `nil` for the default branch.
    public var condition: Result<Condition, ConditionSyntaxError>?
    /// The expression as written, for messages.
    public var expression: String
    /// Said when the branch is taken.
    public var response: [MessageGroupSpec]
    /// Where the dialog goes; `nil` (default branch only) continues on the default path.
    public var next: FlowStep?
    /// The branch's coverage name: `EmailIntent.slot.DaysBefore.capture branch DaysGreaterThan7`.
    public var coverageKey: String

    /// Creates a branch.
    public init(
        name: String,
        condition: Result<Condition, ConditionSyntaxError>? = nil,
        expression: String = "",
        response: [MessageGroupSpec] = [],
        next: FlowStep? = nil,
        coverageKey: String = ""
    ) {
        self.name = name
        self.condition = condition
        self.expression = expression
        self.response = response
        self.next = next
        self.coverageKey = coverageKey
    }
}

extension FlowBranch {
    /// A branch whose condition is parsed from `expression` (a syntax error is kept, and fails the
    /// turn that evaluates the branch).
    public init(
        name: String, parsing expression: String, response: [MessageGroupSpec] = [], next: FlowStep,
        coverageKey: String = ""
    ) {
        self.init(
            name: name,
            condition: Result { () throws(ConditionSyntaxError) in try Condition(parsing: expression) },
            expression: expression,
            response: response,
            next: next,
            coverageKey: coverageKey.isEmpty ? "branch \(name)" : coverageKey
        )
    }
}

/// Where the dialog goes after a point of the flow: an explicit next step, conditional branches,
/// or (neither) the default path.
public struct FlowPath: Sendable {
    /// The configured next step.
    public var next: FlowStep?
    /// The sibling conditional.
    public var conditional: FlowConditional?

    /// Creates a path.
    public init(next: FlowStep? = nil, conditional: FlowConditional? = nil) {
        self.next = next
        self.conditional = conditional
    }

    /// A path that configures nothing: the default path follows.
    public static let none = FlowPath()

    /// Whether the path configures nothing.
    public var isEmpty: Bool { next == nil && conditional == nil }
}

/// What is said and where the dialog goes after one outcome of a step.
public struct FlowOutcome: Sendable {
    /// The outcome's response.
    public var response: [MessageGroupSpec]
    /// Where the dialog goes.
    public var path: FlowPath

    /// Creates an outcome.
    public init(response: [MessageGroupSpec] = [], path: FlowPath = .none) {
        self.response = response
        self.path = path
    }

    /// Whether the outcome configures nothing at all.
    public var isEmpty: Bool { response.isEmpty && path.isEmpty }
}

/// A dialog code hook step (`codeHook` of the initial response, a slot or the confirmation) and
/// what follows each of its outcomes.
public struct FlowCodeHook: Sendable {
    /// False: the step is off (Lex continues as if it succeeded).
    public var isActive: Bool
    /// False: Lex acts as if the hook succeeded, without calling it.
    public var invokesHook: Bool
    /// The label sent to the hook as `invocationLabel`.
    public var label: String?
    /// After the hook succeeded (delegated).
    public var success: FlowOutcome
    /// After the hook failed (threw, or closed the intent as `Failed`).
    public var failure: FlowOutcome
    /// After the hook did not answer in time.
    public var timeout: FlowOutcome
    /// The step's coverage name: `CallIntent.initial hook CallIntent_InitialCodeHook`.
    public var coverageKey: String

    /// Creates a code hook step.
    public init(
        isActive: Bool = true,
        invokesHook: Bool = true,
        label: String? = nil,
        success: FlowOutcome = FlowOutcome(),
        failure: FlowOutcome = FlowOutcome(),
        timeout: FlowOutcome = FlowOutcome(),
        coverageKey: String = ""
    ) {
        self.isActive = isActive
        self.invokesHook = invokesHook
        self.label = label
        self.success = success
        self.failure = failure
        self.timeout = timeout
        self.coverageKey = coverageKey
    }
}

/// A code hook called on each answer to a prompt (`elicitationCodeHook` of a slot or the
/// confirmation).
public struct FlowElicitationHook: Sendable {
    /// True to call the hook.
    public var invokesHook: Bool
    /// The label sent to the hook as `invocationLabel`.
    public var label: String?
    /// The step's coverage name.
    public var coverageKey: String

    /// Creates an elicitation hook setting.
    public init(invokesHook: Bool, label: String? = nil, coverageKey: String = "") {
        self.invokesHook = invokesHook
        self.label = label
        self.coverageKey = coverageKey
    }
}
