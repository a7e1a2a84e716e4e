import CodeHooks
import LexRuntime

/// Renders what the chat shows: the bot's messages, the compact state after each turn, the code
/// hook calls, the full session state and the Meetings records.
///
/// Pure text in, text out, with colour as an explicit setting, so output is the same on every run
/// and only a terminal ever sees escape codes.
struct ChatFormatter: Sendable {
    /// Whether ANSI colour codes are written.
    var colored: Bool
    /// Each intent's slots in the bot's priority order.
    var slotOrder: [String: [String]] = [:]

    /// The indentation of the lines under a reply.
    static let indent = "     "

    /// The lines shown after a turn: each message, the state line and the hook calls.
    func turn(_ response: RecognizeTextResponse) -> [String] {
        var lines: [String] = []
        let texts = response.messages.map { $0.content ?? "[\($0.contentType)]" }
        if texts.isEmpty { lines.append(paint("bot> ", .bold) + paint("(no message)", .dim)) }
        for text in texts {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                lines.append((index == 0 ? paint("bot> ", .bold) : Self.indent) + paint(String(line), .cyan))
            }
        }
        lines.append(Self.indent + paint(stateLine(response.sessionState), .dim))
        lines.append(Self.indent + paint(hooksLine(response.trace), .dim))
        return lines
    }

    /// `BookMeeting · ElicitSlot(MeetingTime) · InProgress · confirmation None · FullName=Alice`.
    func stateLine(_ state: SessionState) -> String {
        let intent = state.intent
        var parts = [intent?.name ?? "no intent", Self.action(state.dialogAction)]
        parts.append(intent?.state?.rawValue ?? "no state")
        parts.append("confirmation " + (intent?.confirmationState ?? .none).rawValue)
        let filled = intent.map { intent in
            orderedSlots(intent).compactMap { name in
                intent.interpretedValue(of: name).map { "\(name)=\(Self.shown($0))" }
            }
        }
        parts.append(filled.flatMap { $0.isEmpty ? nil : $0.joined(separator: " ") } ?? "no slots")
        return parts.joined(separator: " · ")
    }

    /// `hooks: DialogCodeHook BookMeeting → Delegate; FulfillmentCodeHook BookMeeting → Close Fulfilled`;
    /// a labelled call shows its label (`DialogCodeHook(Validate) ...`), a failed one its reason.
    func hooksLine(_ trace: TurnTrace) -> String {
        var calls = trace.hookCalls.map { call in
            var answer = call.action
            if let slot = call.slot { answer += "(\(slot))" }
            if let state = call.state { answer += " " + state }
            if let error = call.error { answer = "failed: " + error }
            let source = call.source.rawValue + (call.label.map { "(\($0))" } ?? "")
            return "\(source) \(call.intent) → \(answer)"
        }
        if trace.retriesExhausted { calls.append("retries exhausted") }
        return "hooks: " + (calls.isEmpty ? "none" : calls.joined(separator: "; "))
    }

    /// `ElicitSlot(MeetingTime)`, `Close`, or `no action`.
    static func action(_ action: DialogAction?) -> String {
        guard let action else { return "no action" }
        return action.type.rawValue + (action.slotToElicit.map { "(\($0))" } ?? "")
    }

    /// Every slot of `intent`: the bot's order first, then any others by name.
    func orderedSlots(_ intent: Intent) -> [String] {
        let known = slotOrder[intent.name] ?? []
        return known + (intent.slots ?? [:]).keys.filter { !known.contains($0) }.sorted()
    }

    /// One slot for `:state`: its interpreted value, or what was heard and the candidates.
    func slotDetail(_ slot: Slot?) -> String {
        guard let value = slot?.value else { return "-" }
        if let interpreted = value.interpretedValue {
            let original = value.originalValue.map { $0 == interpreted ? "" : " (heard \(Self.shown($0)))" } ?? ""
            return Self.shown(interpreted) + original
        }
        var text = "- (heard \(Self.shown(value.originalValue ?? ""))"
        if let candidates = value.resolvedValues, !candidates.isEmpty {
            text += "; candidates \(candidates.joined(separator: ", "))"
        }
        return text + ")"
    }

    /// The `:help` text.
    func help() -> [String] {
        var lines = ["Type a message to send it to the bot. Commands:"]
        for command in ChatInput.commands {
            let usage = ":" + command.name + (command.arguments.isEmpty ? "" : " " + command.arguments)
            lines.append("  " + usage.padding(to: 26) + command.summary)
        }
        lines.append("Start a line with :: to send text that begins with ':'.")
        return lines
    }

    /// Text as shown inside the state line: quoted when it holds spaces or is empty.
    static func shown(_ text: String) -> String {
        text.isEmpty || text.contains(where: \.isWhitespace) ? "\"\(text)\"" : text
    }

    /// The colours used.
    enum Style: String {
        /// Bold, for the speaker.
        case bold = "1"
        /// Dim, for state and hook lines.
        case dim = "2"
        /// Cyan, for the bot's words.
        case cyan = "36"
    }

    /// `text` in `style` when colour is on.
    func paint(_ text: String, _ style: Style) -> String {
        colored ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    /// The string padded with spaces to at least `length` characters.
    fileprivate func padding(to length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
