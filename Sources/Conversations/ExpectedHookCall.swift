import MeetyDiagnostics

/// One code hook call a turn's `hooks:` expects: who called it and with which invocation label.
public struct ExpectedHookCall: Sendable, Hashable {
    /// The invocation source.
    public var source: Located<ExpectedHookSource>
    /// The `invocationLabel` expected; `nil` expects a call without one.
    public var label: Located<String>?

    /// Creates an expected call.
    public init(source: Located<ExpectedHookSource>, label: Located<String>? = nil) {
        self.source = source
        self.label = label
    }

    /// `DialogCodeHook` or `DialogCodeHook(label)`, as reports show calls.
    public var description: String {
        source.value.rawValue + (label.map { "(\($0.value))" } ?? "")
    }
}

/// Why a hook was called (`invocationSource`).
public enum ExpectedHookSource: String, CaseIterable, Sendable, Hashable {
    /// A dialog code hook: on an input, or at a code hook step of the flow.
    case dialogCodeHook = "DialogCodeHook"
    /// The fulfillment code hook.
    case fulfillmentCodeHook = "FulfillmentCodeHook"
}

/// What a turn's `contexts:` expects of the active contexts after the turn.
public enum ContextExpectation: Sendable, Hashable {
    /// A list: exactly these contexts are active, in any order (`[]`: none).
    case exactly([Located<String>])
    /// A mapping: each named context is active with the listed values, or (`null`) not active;
    /// contexts not named are not checked.
    case each([ContextCheck])
}

/// One context of a `contexts:` mapping.
public struct ContextCheck: Sendable, Hashable {
    /// The context name, with the span of its key.
    public var name: Located<String>
    /// `false` for `null`: the context must not be active.
    public var isActive: Bool
    /// The turns it must still be active for (`turns:`).
    public var turns: Located<Int>?
    /// The seconds it must still be active for (`seconds:`).
    public var seconds: Located<Int>?
    /// Attributes it must carry (`attributes:`), in author order.
    public var attributes: [TurnExpectations.Attribute]

    /// Creates a check.
    public init(
        name: Located<String>, isActive: Bool, turns: Located<Int>? = nil, seconds: Located<Int>? = nil,
        attributes: [TurnExpectations.Attribute] = []
    ) {
        self.name = name
        self.isActive = isActive
        self.turns = turns
        self.seconds = seconds
        self.attributes = attributes
    }
}
