import LexCompiler
import LexModel

/// Messages, prompts and responses in the bot format: one message group of one to three plain
/// texts. What does not fit (more groups, SSML, cards, custom payloads, prompt settings other than
/// the console's) is a warning saying what the YAML keeps.
struct ImportMessages {
    let entity: LexEntity

    /// A message: its text, or the list of the message and its variations; `nil` when there is none.
    func message(_ groups: [LexMessageGroup]?, _ setting: String, _ context: inout ImportContext) -> YAMLOutline? {
        guard let groups, let group = groups.first else { return nil }
        if groups.count > 1 {
            context.lose(
                entity, setting,
                "\(groups.count) message groups; the bot format has one, so only the first is imported")
        }
        let texts = ([group.message] + (group.variations ?? [])).prefix(3).map { text($0, setting, &context) }
        if (group.variations?.count ?? 0) > 2 {
            context.lose(entity, setting, "more than two variations; the first two are imported")
        }
        return texts.count == 1 ? .text(texts[0]) : .list(texts.map(YAMLOutline.text))
    }

    private func text(_ message: LexMessage, _ setting: String, _ context: inout ImportContext) -> String {
        if let text = message.plainTextMessage?.value { return text }
        if let ssml = message.ssmlMessage?.value {
            context.lose(
                entity, setting, "an SSML message; the bot format has plain text, so its SSML is imported as text")
            return ssml
        }
        if let payload = message.customPayload?.value {
            context.lose(entity, setting, "a custom payload; it is imported as plain text")
            return payload
        }
        if let card = message.imageResponseCard {
            context.lose(
                entity, setting,
                "an image response card '\(card.title)'; the bot format has plain text, so its title is imported")
            return card.title
        }
        context.lose(entity, setting, "a message with no text; it is imported as an empty text")
        return ""
    }

    /// A response's message, warning when it may not be interrupted (the bot format always allows it).
    func response(_ response: LexResponseSpecification?, _ setting: String, _ context: inout ImportContext)
        -> YAMLOutline?
    {
        guard let response else { return nil }
        if response.allowInterrupt == false {
            context.lose(entity, setting + ".allowInterrupt", "false; the bot format always lets the user interrupt")
        }
        return message(response.messageGroupsList, setting, &context)
    }

    /// A prompt's message, warning about settings the bot format does not write (it compiles the
    /// console's: interruptible, random variations, its per-attempt input settings).
    func prompt(_ prompt: LexPromptSpecification?, _ setting: String, _ context: inout ImportContext) -> YAMLOutline? {
        guard let prompt else { return nil }
        if prompt.allowInterrupt == false {
            context.lose(entity, setting + ".allowInterrupt", "false; the bot format always lets the user interrupt")
        }
        if prompt.messageSelectionStrategy == .ordered {
            context.lose(
                entity, setting + ".messageSelectionStrategy", "Ordered; the bot format picks variations at random")
        }
        if let attempts = prompt.promptAttemptsSpecification,
            attempts.values.contains(where: { $0 != LexCompiler.consolePromptAttempt })
        {
            context.lose(
                entity, setting + ".promptAttemptsSpecification",
                "input settings that differ from the console's defaults; the defaults are compiled")
        }
        return message(prompt.messageGroupsList, setting, &context)
    }
}
