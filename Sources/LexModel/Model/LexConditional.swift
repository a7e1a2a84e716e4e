/// Conditional branches of a step: the first branch whose condition holds decides the next step.
public struct LexConditionalSpecification: Codable, Sendable, Equatable {
    /// False skips the branches.
    public var isActive: Bool
    /// The branches in evaluation order, 1...4.
    public var conditionalBranches: [LexConditionalBranch]
    /// Taken when no branch matches.
    public var defaultBranch: LexDefaultConditionalBranch

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        isActive: Bool,
        conditionalBranches: [LexConditionalBranch],
        defaultBranch: LexDefaultConditionalBranch
    ) {
        self.isActive = isActive
        self.conditionalBranches = conditionalBranches
        self.defaultBranch = defaultBranch
    }
}

/// One conditional branch.
public struct LexConditionalBranch: Codable, Sendable, Equatable {
    /// The branch name.
    public var name: String
    /// The condition.
    public var condition: LexCondition
    /// Where the dialog goes when it holds.
    public var nextStep: LexDialogState
    /// Said when it holds.
    public var response: LexResponseSpecification?

    /// Creates a value; absent optional keys are written as `null`.
    public init(
        name: String,
        condition: LexCondition,
        nextStep: LexDialogState,
        response: LexResponseSpecification? = nil
    ) {
        self.name = name
        self.condition = condition
        self.nextStep = nextStep
        self.response = response
    }
}

/// A condition of a branch.
public struct LexCondition: Codable, Sendable, Equatable {
    /// The expression, such as `{MeetingDuration} = "60"`, 1...1024 characters.
    public var expressionString: String

    /// Creates a value; absent optional keys are written as `null`.
    public init(expressionString: String) {
        self.expressionString = expressionString
    }
}

/// The branch taken when no condition holds.
public struct LexDefaultConditionalBranch: Codable, Sendable, Equatable {
    /// Where the dialog goes.
    public var nextStep: LexDialogState?
    /// What is said.
    public var response: LexResponseSpecification?

    /// Creates a value; absent optional keys are written as `null`.
    public init(nextStep: LexDialogState? = nil, response: LexResponseSpecification? = nil) {
        self.nextStep = nextStep
        self.response = response
    }
}
