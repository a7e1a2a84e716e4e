import Conversations
import Foundation
import MeetyDiagnostics

/// One line typed in `meety-bot chat`: text for the bot, or a `:command`.
///
/// Parsing is separate from running so every command's syntax and error message can be tested
/// without a bot. A line that starts with `::` is sent to the bot with one `:` removed, so text
/// that starts with a colon can still be said.
public enum ChatInput: Equatable, Sendable {
    /// Text to send to the bot in the current session.
    case say(String)
    /// `:help`.
    case help
    /// `:state`: the full state of the current session.
    case state
    /// `:meetings`: the records in the Meetings store.
    case meetings
    /// `:approve FIELD=VALUE ...` (`approve: true`) or `:reject ...`.
    case storeAction(approve: Bool, selector: MeetingSelector)
    /// `:as NAME`: continue in another user's session.
    case switchSession(String)
    /// `:reset`: start over with a fresh store and no sessions.
    case reset
    /// `:save FILE`: write the chat so far as a conversation script.
    case save(String)
    /// `:quit` (or end of input).
    case quit
    /// A blank line: nothing to do.
    case blank
    /// A command that cannot be run, with the reason.
    case invalid(String)

    /// The commands, with their arguments and what they do, in the order `:help` lists them.
    static let commands: [(name: String, arguments: String, summary: String)] = [
        ("help", "", "list these commands"),
        ("state", "", "show the full state of the current session"),
        ("meetings", "", "list the records in the Meetings store"),
        ("approve", "FIELD=VALUE ...", "approve the one record that matches, as an admin would"),
        ("reject", "FIELD=VALUE ...", "reject the one record that matches"),
        ("as", "NAME", "continue as another user, in a session of their own"),
        ("reset", "", "start over: empty store, no sessions, nothing recorded"),
        ("save", "FILE", "write the chat so far as a conversation script for meety-bot test"),
        ("quit", "", "leave (end of input does the same)"),
    ]

    /// Parses one line of input (without its line break).
    public static func parse(_ line: String) -> ChatInput {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .blank }
        if trimmed.hasPrefix("::") { return .say(String(trimmed.dropFirst())) }
        guard trimmed.hasPrefix(":") else { return .say(trimmed) }
        let body = trimmed.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let rest = body.dropFirst(name.count).trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "help", "state", "meetings", "reset", "quit":
            guard rest.isEmpty else { return .invalid(":\(name) takes no arguments") }
            return [
                "help": .help, "state": .state, "meetings": .meetings, "reset": .reset, "quit": .quit,
            ][name]!
        case "approve", "reject":
            switch ChatSelectorParser.parse(rest, command: name) {
            case .success(let selector): return .storeAction(approve: name == "approve", selector: selector)
            case .failure(let problem): return .invalid(problem.message)
            }
        case "as":
            guard !rest.isEmpty else { return .invalid("usage: :as NAME") }
            guard ConversationScript.isValidUserLabel(rest) else {
                return .invalid("'\(rest)' is too long for a user label: use 1 to 100 characters")
            }
            return .switchSession(rest)
        case "save":
            guard !rest.isEmpty else { return .invalid("usage: :save FILE") }
            return .save(rest)
        default:
            let hint = Suggestions.hint(for: name, among: commands.map(\.name))
            return .invalid("unknown command ':\(name)'\(hint); type :help for the list")
        }
    }
}
