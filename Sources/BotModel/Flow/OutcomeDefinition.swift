import LexConditions
import MeetyDiagnostics

/// A point of the conversation flow where Lex may say something and then moves on: a slot
/// captured, a confirmation answered, a code hook returned, fulfillment done, the closing.
///
/// Written as a message alone (`failure: Sorry.`), or as a mapping with `say`, `then`, `branches`
/// and `else`. Compiles to the step's response, next step and conditional.
public struct OutcomeDefinition: Sendable, Equatable {
    /// What Lex says (`say`), if anything.
    public var message: MessageDefinition?
    /// Where the dialog goes (`then`, `branches`, `else`).
    public var flow: FlowContinuation
    /// The span of the outcome's value.
    public var span: SourceSpan

    /// Creates an outcome.
    public init(message: MessageDefinition? = nil, flow: FlowContinuation, span: SourceSpan) {
        self.message = message
        self.flow = flow
        self.span = span
    }
}

/// Where the dialog goes after an outcome's message: an explicit next step, conditional branches
/// with a default branch, or neither (Lex's default path, or the step's usual next step).
public struct FlowContinuation: Sendable, Equatable {
    /// The next step (`then`).
    public var next: NextStepDefinition?
    /// The conditional branches (`branches`), in evaluation order; empty when none.
    public var branches: [BranchDefinition]
    /// The branch taken when no condition holds (`else`).
    public var otherwise: DefaultBranchDefinition?
    /// The span of the `branches` list, when written.
    public var branchesSpan: SourceSpan?
    /// The span of the mapping that holds these keys.
    public var span: SourceSpan

    /// Creates a continuation.
    public init(
        next: NextStepDefinition? = nil,
        branches: [BranchDefinition] = [],
        otherwise: DefaultBranchDefinition? = nil,
        branchesSpan: SourceSpan? = nil,
        span: SourceSpan
    ) {
        self.next = next
        self.branches = branches
        self.otherwise = otherwise
        self.branchesSpan = branchesSpan
        self.span = span
    }

    /// Whether anything is written: a next step or branches.
    public var isEmpty: Bool { next == nil && branches.isEmpty && otherwise == nil }
}

/// One conditional branch: `{name, if, say, then}`.
public struct BranchDefinition: Sendable, Equatable {
    /// The branch name (Lex name pattern), at its value.
    public var name: Located<String>
    /// The condition (`if`).
    public var condition: ConditionDefinition
    /// What Lex says when the branch is taken (`say`).
    public var message: MessageDefinition?
    /// Where the dialog goes when the branch is taken (`then`).
    public var next: NextStepDefinition
    /// The span of the branch's mapping.
    public var span: SourceSpan

    /// Creates a branch.
    public init(
        name: Located<String>, condition: ConditionDefinition, message: MessageDefinition? = nil,
        next: NextStepDefinition, span: SourceSpan
    ) {
        self.name = name
        self.condition = condition
        self.message = message
        self.next = next
        self.span = span
    }
}

/// The default branch (`else`): taken when no branch's condition holds.
public struct DefaultBranchDefinition: Sendable, Equatable {
    /// What Lex says (`say`).
    public var message: MessageDefinition?
    /// Where the dialog goes (`then`); none means Lex's default path.
    public var next: NextStepDefinition?
    /// The span of the `else` value.
    public var span: SourceSpan

    /// Creates a default branch.
    public init(message: MessageDefinition? = nil, next: NextStepDefinition? = nil, span: SourceSpan) {
        self.message = message
        self.next = next
        self.span = span
    }
}

/// A condition as written after `if:`, parsed once when the bot is decoded.
public struct ConditionDefinition: Sendable, Equatable {
    /// The expression text, at its value.
    public var text: Located<String>
    /// Where each character of the expression was written.
    public var layout: ScalarLayout
    /// The parsed condition, or the syntax error at its place in the expression.
    public var parsed: Result<Condition, ConditionSyntaxError>

    /// Parses `text`, written with `layout`.
    public init(text: Located<String>, layout: ScalarLayout) {
        self.text = text
        self.layout = layout
        do {
            parsed = .success(try Condition(parsing: text.value))
        } catch {
            parsed = .failure(error)
        }
    }

    /// The condition, when it parses.
    public var condition: Condition? { try? parsed.get() }

    /// The span in the file of part of the expression.
    public func span(of range: ConditionRange) -> SourceSpan {
        layout.span(range.lowerBound, range.upperBound)
    }

    /// `""`, or ` (col N of the condition)` when positions inside the expression cannot be placed
    /// exactly in the file (a condition written over several lines), so a message still says where.
    public func columnNote(_ range: ConditionRange) -> String {
        layout.isExact ? "" : " (\(range) of the condition)"
    }
}
