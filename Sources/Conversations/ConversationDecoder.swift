import MeetyDiagnostics
import YAMLNode

/// Decodes conversation scripts (`conversations/*.yaml`) from a YAML node tree, strictly.
///
/// Like the bot decoder: unknown keys are errors with a did-you-mean hint, scalars are read per
/// field (text unless the field says otherwise, never guessed), missing keys are reported at the
/// mapping, wrong values at the value, and decoding carries on past errors so one run lists them
/// all. Everything that can be judged from the file alone is checked here (clock, regexes, dialog
/// values, session names, record fields); what needs the bot is `ConversationChecker`'s job.
public struct ConversationDecoder: Sendable {
    /// The keys of a script.
    static let scriptKeys = ["name", "bot", "locale", "now", "tags", "given", "turns", "expect"]
    /// The keys of `given:`.
    static let givenKeys = ["session", "meetings"]
    /// The keys of `expect:`.
    static let expectKeys = ["meetings"]
    /// The key that turns a file into a list of scripts.
    static let listKey = "conversations"

    /// Creates a decoder.
    public init() {}

    /// Decodes the document rooted at `root` of `file`.
    /// - Returns: The file's scripts, or `nil` when the document is empty or its root cannot hold
    ///   scripts. A returned file may still be incomplete when `bag` received errors.
    public func decode(_ root: YAMLNode?, file: String, into bag: inout DiagnosticBag) -> ConversationFile? {
        guard let root else {
            bag.error(
                .emptyFile,
                "file is empty; expected a conversation with 'name' and 'turns', or 'conversations:' with a list",
                at: .startOf(file)
            )
            return nil
        }
        guard case .mapping(let mapping) = root else {
            let hint = root.sequence != nil ? "; put a list of conversations under 'conversations:'" : ""
            bag.error(
                .typeMismatch,
                "expected a conversation (a mapping with 'name' and 'turns'), found \(root.kindDescription)\(hint)",
                at: root.span
            )
            return nil
        }
        guard let list = mapping.entry(Self.listKey) else {
            let script = decodeScript(root, file: file, index: nil, bag: &bag)
            return ConversationFile(file: file, shape: .single, scripts: script.map { [$0] } ?? [])
        }
        for entry in mapping.entries where entry.key.value != Self.listKey {
            bag.error(
                .unknownKey,
                "unknown key '\(entry.key.preview)' beside 'conversations'; a file holds one conversation "
                    + "or only a 'conversations:' list",
                at: entry.key.span
            )
        }
        guard !list.value.isNull else {
            bag.error(
                .missingKey, "'conversations' has no value; expected a list of conversations", at: list.value.span)
            return nil
        }
        guard let items = list.value.list("'conversations'", bag: &bag) else { return nil }
        if items.isEmpty {
            bag.error(
                .valueOutOfRange, "'conversations' is an empty list; add at least one conversation", at: list.value.span
            )
        }
        var scripts: [ConversationScript] = []
        for (offset, item) in items.enumerated() {
            if let script = decodeScript(item, file: file, index: offset + 1, bag: &bag) { scripts.append(script) }
        }
        reportDuplicateNames(scripts, bag: &bag)
        return ConversationFile(file: file, shape: .list, scripts: scripts)
    }

    /// Decodes one script mapping; `index` is its 1-based position in a list, if any.
    func decodeScript(_ node: YAMLNode, file: String, index: Int?, bag: inout DiagnosticBag) -> ConversationScript? {
        let subject = index.map { "conversation \($0)" } ?? "the conversation"
        guard let reader = MappingReader(node, subject: subject, knownKeys: Self.scriptKeys, bag: &bag) else {
            return nil
        }
        let span = reader.mapping.span
        let name = reader.required("name", bag: &bag)?.string("'name' of \(subject)", bag: &bag)
        if let name, name.value.isEmpty {
            bag.error(.valueOutOfRange, "'name' of \(subject) is empty", at: name.span)
        }
        let bot = reader.mapping["bot"]?.string("'bot' of \(subject)", bag: &bag)
        let locale = reader.mapping["locale"]?.string("'locale' of \(subject)", bag: &bag)
        let now = decodeClock(reader.mapping["now"], subject: subject, span: span, bag: &bag)
        let tags = reader.mapping["tags"]?.stringList("'tags' of \(subject)", allowSingle: true, bag: &bag) ?? []
        for tag in tags where tag.value.isEmpty {
            bag.error(.valueOutOfRange, "a tag of \(subject) is empty", at: tag.span)
        }
        var givenSession: [GivenAttribute] = []
        var givenMeetings: [SeededMeeting] = []
        if let given = reader.mapping["given"],
            let givenReader = MappingReader(
                given, subject: "'given' of \(subject)", knownKeys: Self.givenKeys, bag: &bag)
        {
            givenSession =
                givenReader.mapping["session"].map { decodeGivenSession($0, subject: subject, bag: &bag) } ?? []
            givenMeetings = givenReader.mapping["meetings"].map { decodeSeededMeetings($0, bag: &bag) } ?? []
        }
        var steps: [ScriptStep] = []
        if let turns = reader.required("turns", bag: &bag), let items = turns.list("'turns' of \(subject)", bag: &bag) {
            if items.isEmpty {
                bag.error(.valueOutOfRange, "'turns' of \(subject) is empty; add at least one turn", at: turns.span)
            }
            steps = decodeSteps(items, start: now, bag: &bag)
        }
        var expected: MeetingExpectations?
        if let expect = reader.mapping["expect"],
            let expectReader = MappingReader(
                expect, subject: "'expect' of \(subject)", knownKeys: Self.expectKeys, bag: &bag)
        {
            expected = expectReader.mapping["meetings"].flatMap { decodeMeetingExpectations($0, bag: &bag) }
        }
        return ConversationScript(
            file: file,
            index: index,
            name: name ?? Located("", at: span),
            bot: bot,
            locale: locale,
            now: now,
            tags: tags,
            givenSession: givenSession,
            givenMeetings: givenMeetings,
            steps: steps,
            expectedMeetings: expected,
            span: span
        )
    }

    private func decodeClock(_ node: YAMLNode?, subject: String, span: SourceSpan, bag: inout DiagnosticBag)
        -> ScriptClock
    {
        guard let node, let text = node.string("'now' of \(subject)", bag: &bag) else {
            return .defaultClock(at: span)
        }
        if let clock = ScriptClock(text) { return clock }
        bag.error(
            .invalidNow,
            "'now' of \(subject) is '\(node.scalar?.preview ?? text.value)', not a real date and time written as "
                + "YYYY-MM-DDTHH:MM (for example \(ScriptClock.defaultText))",
            at: text.span
        )
        return .defaultClock(at: text.span)
    }

    private func decodeGivenSession(_ node: YAMLNode, subject: String, bag: inout DiagnosticBag) -> [GivenAttribute] {
        guard let entries = node.entries("'given.session' of \(subject)", bag: &bag) else { return [] }
        return entries.compactMap { entry in
            let what = "session attribute '\(entry.key.preview)' of 'given'"
            guard let value = entry.value.string(what, bag: &bag) else { return nil }
            return GivenAttribute(key: Located(entry.key.value, at: entry.key.span), value: value)
        }
    }

    private func reportDuplicateNames(_ scripts: [ConversationScript], bag: inout DiagnosticBag) {
        var first: [String: SourceSpan] = [:]
        for script in scripts where !script.name.value.isEmpty {
            if let earlier = first[script.name.value] {
                bag.error(
                    .duplicateConversationName,
                    "another conversation in this file is already named '\(script.name.value)'",
                    at: script.name.span,
                    notes: [Diagnostic.Note("'\(script.name.value)' first named here", at: earlier)]
                )
            } else {
                first[script.name.value] = script.name.span
            }
        }
    }
}
