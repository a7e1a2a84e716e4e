import BotModel
import LexModel

/// The building blocks the compiler writes the way the Lex console does: message groups,
/// prompts with the console's per-attempt input settings, responses and next steps.
///
/// Keeping them in one place makes the compiled output's conventions easy to review against a
/// console export (TravelBuddy, 2023) and keeps the translation code about the bot, not JSON.
enum LexFlowDefaults {
    /// A YAML message as one message group: the first text is the message, the rest (at most two
    /// after validation) its variations. `nil` for a message with no text.
    static func messageGroup(_ message: MessageDefinition) -> LexMessageGroup? {
        guard let first = message.variants.first else { return nil }
        let variations = message.variants.dropFirst().map { plainText($0.value) }
        return LexMessageGroup(message: plainText(first.value), variations: variations.isEmpty ? nil : variations)
    }

    /// A plain-text message; `{Slot}` and `[attribute]` references are kept as written.
    static func plainText(_ text: String) -> LexMessage {
        LexMessage(plainTextMessage: LexTextValue(value: text))
    }

    /// A response (closing, declination, failure) that allows interruption, as the console writes.
    static func response(_ message: MessageDefinition?) -> LexResponseSpecification? {
        guard let message, let group = messageGroup(message) else { return nil }
        return LexResponseSpecification(messageGroupsList: [group], allowInterrupt: true)
    }

    /// A prompt with `maxRetries` retries, random message selection and one attempt
    /// specification per attempt (`Initial`, `Retry1`...`RetryN`) with the console's defaults.
    static func prompt(_ message: MessageDefinition?, maxRetries: Int) -> LexPromptSpecification? {
        guard let message, let group = messageGroup(message) else { return nil }
        let retries = min(max(maxRetries, 0), 5)
        var attempts: [String: LexPromptAttemptSpecification] = ["Initial": attempt]
        for retry in stride(from: 1, through: retries, by: 1) {
            attempts["Retry\(retry)"] = attempt
        }
        return LexPromptSpecification(
            messageGroupsList: [group],
            maxRetries: retries,
            allowInterrupt: true,
            messageSelectionStrategy: .random,
            promptAttemptsSpecification: attempts
        )
    }

    /// The console's default input settings of one prompt attempt (as in the TravelBuddy export):
    /// audio and DTMF allowed, 4 s to start speaking, 15 s utterances, 640 ms end silence, DTMF up
    /// to 513 keys ending with `#`, `*` to delete, and 30 s to start typing.
    static let attempt = LexPromptAttemptSpecification(
        allowedInputTypes: LexAllowedInputTypes(allowAudioInput: true, allowDTMFInput: true),
        allowInterrupt: true,
        audioAndDTMFInputSpecification: LexAudioAndDTMFInputSpecification(
            startTimeoutMs: 4000,
            audioSpecification: LexAudioSpecification(maxLengthMs: 15000, endTimeoutMs: 640),
            dtmfSpecification: LexDTMFSpecification(
                maxLength: 513,
                endTimeoutMs: 5000,
                deletionCharacter: "*",
                endCharacter: "#"
            )
        ),
        textInputSpecification: LexTextInputSpecification(startTimeoutMs: 30000)
    )

    /// A next step of the given type with no intent switch and no attributes.
    static func step(_ type: LexDialogActionType) -> LexDialogState {
        LexDialogState(dialogAction: LexDialogAction(type: type))
    }

    /// The step that switches to the locale's fallback intent, which the console writes after a
    /// slot or a confirmation runs out of retries.
    static func startIntent(_ intent: String) -> LexDialogState {
        LexDialogState(dialogAction: LexDialogAction(type: .startIntent), intent: LexIntentOverride(name: intent))
    }
}
