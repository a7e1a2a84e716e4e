import MeetyDiagnostics

extension CodeHookResponseValidator {
    /// At most 10 messages; each with a known content type and the content that type needs.
    func messageProblems(_ messages: [Message]) -> [CodeHookResponseProblem] {
        var problems: [CodeHookResponseProblem] = []
        if messages.count > Self.maxMessages {
            problems.append(
                .init(
                    kind: .tooManyMessages,
                    path: "messages",
                    message: "\(messages.count) messages; a response may have at most \(Self.maxMessages)"
                )
            )
        }
        for (index, message) in messages.enumerated() {
            problems += messageProblems(of: message, at: "messages[\(index)]")
        }
        return problems
    }

    private func messageProblems(of message: Message, at path: String) -> [CodeHookResponseProblem] {
        let type = message.contentType
        switch type {
        case Message.plainText, Message.ssml, Message.customPayload:
            guard let content = message.content, !content.isEmpty else {
                return [
                    .init(
                        kind: .missingContent,
                        path: "\(path).content",
                        message: "\(path) of type \(type) needs non-empty content"
                    )
                ]
            }
            let length = content.utf16.count
            guard length <= Self.maxContentLength else {
                return [
                    .init(
                        kind: .contentTooLong,
                        path: "\(path).content",
                        message: "\(path) content is \(length) characters long; at most \(Self.maxContentLength) "
                            + "are allowed"
                    )
                ]
            }
            return []
        case Message.imageResponseCard:
            guard let card = message.imageResponseCard, !card.title.isEmpty else {
                return [
                    .init(
                        kind: .missingCardTitle,
                        path: "\(path).imageResponseCard.title",
                        message: "\(path) of type ImageResponseCard needs an imageResponseCard with a title"
                    )
                ]
            }
            let buttons = card.buttons?.count ?? 0
            guard buttons <= Self.maxButtons else {
                return [
                    .init(
                        kind: .tooManyButtons,
                        path: "\(path).imageResponseCard.buttons",
                        message: "\(path) card has \(buttons) buttons; at most \(Self.maxButtons) are allowed"
                    )
                ]
            }
            return []
        default:
            let valid = Message.contentTypes
            return [
                .init(
                    kind: .unknownContentType,
                    path: "\(path).contentType",
                    message:
                        "invalid content type '\(type)' in \(path)\(Suggestions.hint(for: type, among: valid)); "
                        + "valid types: \(valid.joined(separator: ", "))"
                )
            ]
        }
    }

    /// Session attribute keys must not be empty (their values are strings by construction).
    func sessionAttributeProblems(_ attributes: [String: String]) -> [CodeHookResponseProblem] {
        guard attributes.keys.contains("") else { return [] }
        return [
            .init(
                kind: .emptySessionAttributeKey,
                path: "sessionState.sessionAttributes",
                message: "session attribute keys must not be empty"
            )
        ]
    }
}
