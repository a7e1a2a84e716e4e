import CodeHooks
import LexFacts
import LexRuntime

extension ChatSession {
    /// The `:state` report for the current session: where it stands, the intent with every slot
    /// (values, what was heard, candidates), the session attributes, and the other sessions.
    func stateLines() -> [String] {
        let count = turnCounts[currentSession] ?? 0
        var lines = [
            "session \(currentSession) · \(count) turn\(count == 1 ? "" : "s") · locale \(localeId) · "
                + "now \(settings.now.iso) · code hook \(settings.bot.hook.name)"
        ]
        guard let response = lastResponses[currentSession] else {
            lines.append("no turns yet in this session")
            lines += otherSessions()
            return lines
        }
        let state = response.sessionState
        lines.append("last reply: " + formatter.stateLine(state))
        let active = runtime.sessionState(LexSessionID.derived(fromLabel: currentSession))?.intent?.name
        lines.append(
            "active intent: " + (active ?? "none (the next input is classified afresh)"))
        if let intent = state.intent {
            let names = formatter.orderedSlots(intent)
            lines.append(names.isEmpty ? "slots of \(intent.name): none" : "slots of \(intent.name):")
            let width = (names.map(\.count).max() ?? 0) + 2
            for name in names {
                let padded = name + String(repeating: " ", count: width - name.count)
                lines.append("  " + padded + formatter.slotDetail(intent.slot(name)))
            }
        }
        let attributes = (state.sessionAttributes ?? [:]).sorted { $0.key < $1.key }
        if attributes.isEmpty {
            lines.append("session attributes: none")
        } else {
            lines.append("session attributes:")
            for (key, value) in attributes { lines.append("  \(key) = \(ChatFormatter.shown(value))") }
        }
        let interpretations = response.interpretations.map { interpretation in
            interpretation.intent.name + (interpretation.nluConfidence.map { " " + Self.score($0) } ?? "")
        }
        lines.append("interpretations: " + (interpretations.isEmpty ? "none" : interpretations.joined(separator: ", ")))
        lines += otherSessions()
        return lines
    }

    /// `other sessions: bob (2 turns)`, when there are any.
    private func otherSessions() -> [String] {
        let others = turnCounts.keys.filter { $0 != currentSession }.sorted()
        guard !others.isEmpty else { return [] }
        let listed = others.map { name in
            let count = turnCounts[name] ?? 0
            return "\(name) (\(count) turn\(count == 1 ? "" : "s"))"
        }
        return ["other sessions: " + listed.joined(separator: ", ")]
    }

    /// A confidence with two decimals.
    private static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
