import CodeHooks
import Conversations
import LexRuntime
import MeetyDiagnostics

/// The checks of what flows do: the hook calls a turn made and the contexts active after it.
extension TurnCheck {
    /// Unmet `hooks:` and `contexts:` expectations of a turn.
    static func flowMismatches(_ expected: TurnExpectations, response: RecognizeTextResponse) -> [Problem] {
        var problems: [Problem] = []
        func add(_ message: String, _ span: SourceSpan) {
            problems.append(Problem(message: message, notes: [Diagnostic.Note("expectation written here", at: span)]))
        }
        if let hooks = expected.hooks {
            let calls = response.trace.hookCalls
            let matches =
                calls.count == hooks.value.count
                && zip(calls, hooks.value).allSatisfy { call, want in
                    call.source.rawValue == want.source.value.rawValue && call.label == want.label?.value
                }
            if !matches {
                let wanted =
                    hooks.value.isEmpty ? "no hook call" : hooks.value.map(\.description).joined(separator: ", ")
                add("expected hook calls [\(wanted)] but the turn made \(describe(calls))", hooks.span)
            }
        }
        if let contexts = expected.contexts {
            let active = response.sessionState.activeContexts ?? []
            switch contexts.value {
            case .exactly(let names):
                let wanted = Set(names.map(\.value))
                let actual = Set(active.map(\.name))
                if wanted != actual {
                    let shown =
                        wanted.isEmpty
                        ? "no active context" : "active contexts " + wanted.sorted().joined(separator: ", ")
                    add("expected \(shown) but \(describe(active))", contexts.span)
                }
            case .each(let checks):
                for check in checks {
                    let found = active.first { $0.name == check.name.value }
                    problems += mismatches(check, found: found, active: active)
                }
            }
        }
        return problems
    }

    private static func mismatches(_ check: ContextCheck, found: ActiveContext?, active: [ActiveContext]) -> [Problem] {
        var problems: [Problem] = []
        func add(_ message: String, _ span: SourceSpan) {
            problems.append(Problem(message: message, notes: [Diagnostic.Note("expectation written here", at: span)]))
        }
        let name = check.name.value
        guard let found else {
            if check.isActive { add("expected context \(name) to be active but \(describe(active))", check.name.span) }
            return problems
        }
        guard check.isActive else {
            add("expected context \(name) not to be active but it is, for \(lifetime(found))", check.name.span)
            return problems
        }
        if let turns = check.turns, turns.value != found.timeToLive.turnsToLive {
            add(
                "expected context \(name) to be active for \(turns.value) more turns but it is for "
                    + "\(found.timeToLive.turnsToLive)", turns.span)
        }
        if let seconds = check.seconds, seconds.value != found.timeToLive.timeToLiveInSeconds {
            add(
                "expected context \(name) to be active for \(seconds.value) more seconds but it is for "
                    + "\(found.timeToLive.timeToLiveInSeconds)", seconds.span)
        }
        for attribute in check.attributes {
            let actual = found.contextAttributes[attribute.key.value]
            guard actual != attribute.value.value else { continue }
            let wanted =
                attribute.value.value.map { "attribute \(attribute.key.value) = \($0)" }
                ?? "attribute \(attribute.key.value) to be absent"
            add("expected context \(name) \(wanted) but it is \(actual.map(quoted) ?? "absent")", attribute.value.span)
        }
        return problems
    }

    /// "no hook call", or the calls: "DialogCodeHook(CallIntent_InitialCodeHook), FulfillmentCodeHook".
    static func describe(_ calls: [TurnTrace.HookCall]) -> String {
        guard !calls.isEmpty else { return "no hook call" }
        return calls.map { call in
            call.source.rawValue + (call.label.map { "(\($0))" } ?? "") + (call.error.map { " [\($0)]" } ?? "")
        }.joined(separator: ", ")
    }

    /// "no context is active", or the active contexts with what is left of them.
    static func describe(_ contexts: [ActiveContext]) -> String {
        guard !contexts.isEmpty else { return "no context is active" }
        return "the active contexts are "
            + contexts.map { "\($0.name) (\(lifetime($0)))" }.joined(separator: ", ")
    }

    private static func lifetime(_ context: ActiveContext) -> String {
        "\(context.timeToLive.turnsToLive) turns, \(context.timeToLive.timeToLiveInSeconds) s"
    }
}
