/// The keys of every mapping of the conversation format, exactly as the decoder accepts them, by
/// mapping.
///
/// The JSON Schema of the format (`FormatSchemas`) is built from these tables, and a test fails when
/// a table has a key the schema does not describe, so a key the decoder learns (a new turn
/// expectation, say) cannot be missing from the schema editors use.
public enum ConversationFormatKeys {
    /// Every table, by the name the schema gives its mapping.
    public static let tables: [String: [String]] = [
        "script": ConversationDecoder.scriptKeys,
        "scriptList": [ConversationDecoder.listKey],
        "given": ConversationDecoder.givenKeys,
        "expect": ConversationDecoder.expectKeys,
        "userTurn": ConversationDecoder.turnKeys,
        "reply": ConversationDecoder.replyKeys,
        "meetingExpectations": ConversationDecoder.meetingExpectationKeys,
        "hookCall": ConversationDecoder.hookKeys,
        "context": ConversationDecoder.contextKeys,
    ]

    /// The keys that make a step a store action (`approve`, `reject`), each the only key of its step.
    public static let storeActions = ConversationDecoder.storeKeys
    /// The longest user input Lex's RecognizeText accepts, in characters.
    public static let maxInputLength = ConversationDecoder.maxInputLength
    /// The keys that make a step a clock step (`wait`, `clock`), each the only key of its step.
    public static let clockSteps = ConversationDecoder.clockKeys
    /// The longest `wait:`, in seconds.
    public static let maxWaitSeconds = ConversationDecoder.maxWait
    /// The largest count `expect.meetings.count` accepts.
    public static let maxMeetingCount = ConversationDecoder.maxMeetingCount
}
