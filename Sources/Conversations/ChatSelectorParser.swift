import MeetingRecords
import MeetyDiagnostics

/// Parses the record selector of `:approve` and `:reject`: `FIELD=VALUE ...`, a value in double
/// quotes when it holds spaces (`attendeeName="Mary Ann"`, with `\"` and `\\` inside).
///
/// Fields and values are checked as a script's selector is (known field, the table's form), so a
/// selector typed in the chat is one the saved script can hold, and `9:00` is refused instead of
/// silently matching nothing.
public enum ChatSelectorParser {
    /// Why a selector cannot be used.
    public struct Problem: Error, Equatable {
        /// The message shown to the user.
        public var message: String
    }

    /// Where selectors typed in the chat are said to come from (they have no file).
    public static let span = SourceSpan.startOf("chat")

    /// The selector written in `text`, or the problem with it.
    public static func parse(_ text: String, command: String) -> Result<MeetingSelector, Problem> {
        let pairs: [(field: String, value: String)]
        switch split(text) {
        case .success(let found): pairs = found
        case .failure(let problem): return .failure(problem)
        }
        guard !pairs.isEmpty else {
            return .failure(
                Problem(message: "usage: :\(command) FIELD=VALUE ... (for example :\(command) attendeeName=Alice)"))
        }
        var conditions: [MeetingSelector.Condition] = []
        for pair in pairs {
            guard let field = MeetingField(rawValue: pair.field) else {
                let names = MeetingField.allCases.map(\.rawValue)
                let hint = Suggestions.hint(for: pair.field, among: names)
                return .failure(
                    Problem(
                        message: "unknown record field '\(pair.field)'\(hint); fields: \(names.joined(separator: ", "))"
                    ))
            }
            guard !conditions.contains(where: { $0.field.value == field }) else {
                return .failure(Problem(message: "field '\(field.rawValue)' is given twice"))
            }
            if let problem = field.problem(with: pair.value) {
                return .failure(Problem(message: "value '\(pair.value)' of field '\(field.rawValue)' \(problem)"))
            }
            conditions.append(
                MeetingSelector.Condition(field: Located(field, at: span), value: Located(pair.value, at: span)))
        }
        return .success(MeetingSelector(conditions: conditions, span: span))
    }

    /// The `FIELD=VALUE` pairs of `text`, in order.
    static func split(_ text: String) -> Result<[(field: String, value: String)], Problem> {
        var pairs: [(field: String, value: String)] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard !rest.isEmpty else { break }
            let word = rest.prefix { !$0.isWhitespace && $0 != "=" }
            rest = rest.dropFirst(word.count)
            guard rest.first == "=", !word.isEmpty else {
                return .failure(Problem(message: "expected FIELD=VALUE, found '\(word)'"))
            }
            rest = rest.dropFirst()
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var closed = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if character == "\"" {
                        closed = true
                        break
                    }
                    if character == "\\", let next = rest.first {
                        value.append(next)
                        rest = rest.dropFirst()
                    } else {
                        value.append(character)
                    }
                }
                guard closed else { return .failure(Problem(message: "the value of '\(word)' has no closing quote")) }
                guard rest.first.map(\.isWhitespace) ?? true else {
                    return .failure(Problem(message: "expected a space after the quoted value of '\(word)'"))
                }
            } else {
                value = String(rest.prefix { !$0.isWhitespace })
                rest = rest.dropFirst(value.count)
            }
            guard !value.isEmpty else { return .failure(Problem(message: "field '\(word)' has no value")) }
            pairs.append((String(word), value))
        }
        return .success(pairs)
    }
}
