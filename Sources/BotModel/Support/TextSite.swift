import MeetyDiagnostics

/// One text of a bot that rules inspect (an utterance, a slot sample utterance or a message
/// text), with enough context to name it in a diagnostic.
///
/// Messages read like `utterance "book at {MeetingTme}"` or `prompt "Your name?" of slot
/// 'FullName'`; the intent is named by each rule where its sentence needs it.
struct TextSite {
    /// What kind of text this is.
    enum Kind {
        /// A sample utterance of an intent.
        case utterance
        /// A sample utterance of a slot.
        case slotUtterance
        /// A text of a message (the message or one of its variations).
        case message
    }

    /// The text and where it was written.
    var text: Located<String>
    /// What kind of text it is.
    var kind: Kind
    /// The role for messages: "utterance", "prompt", "prompt variation 1", "closing", ...
    var role: String
    /// The slot the text belongs to, if any.
    var slotName: String?
    /// The intent the text belongs to.
    var intentName: String

    /// The text named for a message: `prompt "What is your name?" of slot 'FullName'`.
    var subject: String {
        let owner = slotName.map { " of slot '\($0)'" } ?? ""
        return "\(role) \(TextSite.quote(text.value))\(owner)"
    }

    /// `subject` followed by the intent: `... of intent 'BookMeeting'`.
    var fullSubject: String { "\(subject) of intent '\(intentName)'" }

    /// A text in double quotes for messages: newlines escaped, cut to 60 characters.
    static func quote(_ text: String) -> String {
        // Only the first 61 characters can show (escaping never shortens), so a megabyte-long text
        // costs no more to quote than a short one.
        let flat = String(text.prefix(61)).replacingNewlines
        let cut = flat.count > 60 ? String(flat.prefix(57)) + "..." : flat
        return "\"\(cut)\""
    }
}

/// A message of an intent with its role, for rules about whole messages.
struct MessageSite {
    /// The role: "closing", "prompt", "failure message", "confirmation prompt", ...
    var role: String
    /// The slot the message belongs to, if any.
    var slotName: String?
    /// The intent the message belongs to.
    var intentName: String
    /// The message.
    var message: MessageDefinition

    /// The message named for a diagnostic: `prompt of slot 'FullName' of intent 'BookMeeting'`.
    var subject: String {
        let owner = slotName.map { " of slot '\($0)'" } ?? ""
        return "\(role)\(owner) of intent '\(intentName)'"
    }

    /// One site per text of the message: the message first, then `role variation 1`, ...
    var textSites: [TextSite] {
        message.variants.enumerated().map { index, text in
            TextSite(
                text: text,
                kind: .message,
                role: index == 0 ? role : "\(role) variation \(index)",
                slotName: slotName,
                intentName: intentName
            )
        }
    }
}

extension IntentDefinition {
    /// The intent's sample utterances as sites.
    var utteranceSites: [TextSite] {
        utterances.map { TextSite(text: $0, kind: .utterance, role: "utterance", intentName: name.value) }
    }

    /// Every slot's sample utterances as sites.
    var slotUtteranceSites: [TextSite] {
        slots.flatMap { slot in
            slot.utterances.map {
                TextSite(
                    text: $0,
                    kind: .slotUtterance,
                    role: "sample utterance",
                    slotName: slot.name.value,
                    intentName: name.value
                )
            }
        }
    }

    /// Every message of the intent: slot prompts and failures, confirmation, declined, closing.
    var messageSites: [MessageSite] {
        let intent = name.value
        var sites: [MessageSite] = []
        for slot in slots {
            if let prompt = slot.prompt {
                sites.append(
                    MessageSite(role: "prompt", slotName: slot.name.value, intentName: intent, message: prompt))
            }
            if let failure = slot.failure {
                sites.append(
                    MessageSite(
                        role: "failure message", slotName: slot.name.value, intentName: intent, message: failure)
                )
            }
        }
        if let confirmation {
            sites.append(MessageSite(role: "confirmation prompt", intentName: intent, message: confirmation.prompt))
            if let declined = confirmation.declined {
                sites.append(MessageSite(role: "declined message", intentName: intent, message: declined))
            }
            if let failure = confirmation.failure {
                sites.append(MessageSite(role: "confirmation failure message", intentName: intent, message: failure))
            }
        }
        if let closing {
            sites.append(MessageSite(role: "closing", intentName: intent, message: closing))
        }
        return sites + flowMessageSites
    }

    /// The messages of the conversation flow the sites above do not cover: responses of the initial
    /// response, captures, yes answers, code hooks and fulfillment, and of every branch.
    private var flowMessageSites: [MessageSite] {
        guard hasFlowSettings else { return [] }
        let intent = name.value
        var sites: [MessageSite] = []
        for point in flowPoints(fallbackIntent: "") {
            if let message = point.message, let role = Self.flowRole(point.kind) {
                sites.append(MessageSite(role: role.role, slotName: role.slot, intentName: intent, message: message))
            }
            for branch in point.branches {
                if let message = branch.message {
                    let role = "response of branch '\(branch.name.value)' in \(point.kind.description)"
                    sites.append(MessageSite(role: role, intentName: intent, message: message))
                }
            }
            if let message = point.flow?.otherwise?.message {
                let role = "response of the default branch in \(point.kind.description)"
                sites.append(MessageSite(role: role, intentName: intent, message: message))
            }
        }
        return sites
    }

    /// The role of a flow point's own message, for the points whose message is not one of the
    /// classic ones (`failure`, `declined`, `closing`).
    private static func flowRole(_ kind: FlowPoint.Kind) -> (role: String, slot: String?)? {
        switch kind {
        case .initialResponse: ("initial response", nil)
        case .slotCaptured(let slot): ("capture response", slot)
        case .confirmed: ("confirmed response", nil)
        case .hookSucceeded(let owner): ("success response of the code hook of \(owner.description)", nil)
        case .hookFailed(let owner): ("failure response of the code hook of \(owner.description)", nil)
        case .hookTimedOut(let owner): ("timeout response of the code hook of \(owner.description)", nil)
        case .fulfilled: ("fulfillment success response", nil)
        case .fulfillmentFailed: ("fulfillment failure response", nil)
        case .fulfillmentTimedOut: ("fulfillment timeout response", nil)
        case .slotFailed, .declined, .confirmationFailed, .closing: nil
        }
    }

    /// Every text of every message of the intent.
    var messageTextSites: [TextSite] { messageSites.flatMap(\.textSites) }

    /// Calls `body` with each text the rules inspect, in the order of `utteranceSites`, then
    /// `slotUtteranceSites`, then `messageTextSites` (each list when asked for), and a closure that
    /// makes the text's site. A rule makes the site only for a text it reports, so checking the
    /// 100,000 utterances of a large bot builds no sites.
    func forEachText(
        utterances includeUtterances: Bool = true,
        slotUtterances includeSlotUtterances: Bool = true,
        messages includeMessages: Bool = true,
        _ body: (_ text: String, _ site: () -> TextSite) -> Void
    ) {
        let intent = name.value
        if includeUtterances {
            for utterance in utterances {
                body(utterance.value) {
                    TextSite(text: utterance, kind: .utterance, role: "utterance", intentName: intent)
                }
            }
        }
        if includeSlotUtterances {
            for slot in slots {
                for utterance in slot.utterances {
                    body(utterance.value) {
                        TextSite(
                            text: utterance, kind: .slotUtterance, role: "sample utterance",
                            slotName: slot.name.value, intentName: intent)
                    }
                }
            }
        }
        if includeMessages {
            for site in messageTextSites { body(site.text.value) { site } }
        }
    }
}

extension String {
    /// The text with line breaks written as `\n`, for one-line messages.
    var replacingNewlines: String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
    }
}
