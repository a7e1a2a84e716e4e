/// The selection made by `meety-bot test --filter TEXT`.
///
/// A script is selected when TEXT is a case-insensitive substring of its name, or exactly equal
/// (case-sensitive) to one of its tags. Substring matching on names lets a user narrow to
/// "booking" without typing a full name; tags match exactly so that `--filter slow` does not also
/// pick up a tag `slowpath`. An empty TEXT selects every script.
public struct ScriptFilter: Sendable, Hashable {
    /// The text given to `--filter`.
    public var text: String

    /// Creates a filter.
    public init(_ text: String) {
        self.text = text
    }

    /// Whether a script with this name and these tags is selected.
    public func matches(name: String, tags: [String]) -> Bool {
        if text.isEmpty || tags.contains(text) { return true }
        return name.lowercased().contains(text.lowercased())
    }

    /// Whether `script` is selected.
    public func matches(_ script: ConversationScript) -> Bool {
        matches(name: script.name.value, tags: script.tags.map(\.value))
    }

    /// Splits `scripts` into the selected ones and the skipped ones (counted as skipped in the
    /// summary line), each in the original order.
    public func select(_ scripts: [ConversationScript]) -> (
        selected: [ConversationScript], skipped: [ConversationScript]
    ) {
        var selected: [ConversationScript] = []
        var skipped: [ConversationScript] = []
        for script in scripts {
            if matches(script) { selected.append(script) } else { skipped.append(script) }
        }
        return (selected, skipped)
    }
}
