import Foundation

/// A copy of MeetyBot (`bots/meetybot.yaml`) with exactly one change, the change `meety-bot diff`
/// must report for it, and how to know, independently of `diff`, which scripts exercise it.
struct MeetyBotVariant: Sendable, CustomStringConvertible {
    /// How the scripts that exercise the change are found without `diff`.
    enum Oracle: Sendable {
        /// The coverage item (`meety-bot test --coverage --json`) is covered by the script's run on
        /// the bots that have it (a coverage report lists only what its bot has, so an item counts as
        /// covered on a bot only when that bot has it).
        case coverage(category: String, item: String, on: Sides)
        /// A user turn of the script says the text (for slot type values and synonyms, which no
        /// coverage category names).
        case userSays(String)
        /// No script exercises it.
        case nobody
    }

    /// Which bots have a coverage item.
    enum Sides: Sendable {
        /// MeetyBot only (what the copy removed, or what the copy changes without changing the runs).
        case original
        /// The copy only (what it added).
        case copy
        /// Both (what the copy changes in a way that may change the runs).
        case both
    }

    var name: String
    /// The text replaced in MeetyBot, and its replacement.
    var replace: (old: String, new: String)
    /// The change's kind, what happened, its path and the text at its reported position.
    var kind: String
    var change: String
    var path: [String]
    var positionText: String
    var oracle: Oracle

    var description: String { name }

    /// The copy's text; `nil` when MeetyBot no longer has the text the variant replaces.
    func apply(to bot: String) -> String? {
        guard bot.contains(replace.old) else { return nil }
        return bot.replacingOccurrences(of: replace.old, with: replace.new)
    }

    static let all: [MeetyBotVariant] = [
        MeetyBotVariant(
            name: "utterance-removed", replace: ("          - I want to book a meeting\n", ""),
            kind: "utterance", change: "removed",
            path: ["intent", "BookMeeting", "utterance", "I want to book a meeting"],
            positionText: "I want to book a meeting",
            oracle: .coverage(category: "utterances", item: "BookMeeting: \"I want to book a meeting\"", on: .original)),
        MeetyBotVariant(
            name: "slot-changed",
            replace: (
                "            utterances: [\"for {MeetingDuration}\", \"{MeetingDuration} please\"]\n",
                "            utterances: [\"for {MeetingDuration}\", \"{MeetingDuration} please\"]\n            retries: 1\n"
            ),
            kind: "slot", change: "changed", path: ["intent", "BookMeeting", "slot", "MeetingDuration"],
            positionText: "MeetingDuration:\n            type: MeetingDuration",
            oracle: .coverage(category: "slots elicited", item: "BookMeeting.MeetingDuration", on: .both)),
        MeetyBotVariant(
            name: "synonym-removed", replace: ("[thirty, half an hour, 30 minutes", "[thirty, 30 minutes"),
            kind: "synonym", change: "removed",
            path: ["slotType", "MeetingDuration", "value", "30", "synonym", "half an hour"],
            positionText: "half an hour", oracle: .userSays("half an hour")),
        MeetyBotVariant(
            name: "value-added",
            replace: (
                "          - value: \"60\"\n",
                "          - value: \"90\"\n            synonyms: [ninety]\n          - value: \"60\"\n"
            ),
            kind: "slot type value", change: "added", path: ["slotType", "MeetingDuration", "value", "90"],
            positionText: "\"90\"", oracle: .nobody),
        MeetyBotVariant(
            name: "prompt-changed", replace: ("prompt: What is your name?", "prompt: Who is the meeting for?"),
            kind: "message", change: "changed", path: ["intent", "BookMeeting", "slot", "FullName", "prompt"],
            positionText: "Who is the meeting for?",
            oracle: .coverage(category: "messages", item: "BookMeeting.slot.FullName.prompt", on: .original)),
        MeetyBotVariant(
            name: "confirmation-changed",
            replace: (
                "          declined: OK, I cancelled the request.",
                "          retries: 1\n          declined: OK, I cancelled the request."
            ),
            kind: "confirmation", change: "changed", path: ["intent", "BookMeeting", "confirmation"],
            positionText: "prompt: Book {MeetingDuration}",
            oracle: .coverage(category: "messages", item: "BookMeeting.confirmation.prompt", on: .both)),
        MeetyBotVariant(
            name: "hook-added",
            replace: (
                "        utterances: [Hello, Hi, Hey Meety, I need your help, Hey, Good morning]\n",
                "        utterances: [Hello, Hi, Hey Meety, I need your help, Hey, Good morning]\n        dialogHook: true\n"
            ),
            kind: "hook", change: "added", path: ["intent", "StartMeety", "dialogHook"],
            positionText: "true\n        closing",
            oracle: .coverage(category: "hook outcomes", item: "StartMeety DialogCodeHook → Delegate", on: .copy)),
        MeetyBotVariant(
            name: "flow-step-added",
            replace: (
                "            prompt: What is your name?\n",
                "            prompt: What is your name?\n            captured: {then: ElicitSlot MeetingDate}\n"
            ),
            kind: "flow step", change: "added",
            path: ["intent", "BookMeeting", "slot", "FullName", "captured", "next"],
            positionText: "ElicitSlot MeetingDate",
            oracle: .coverage(category: "slots elicited", item: "BookMeeting.FullName", on: .original)),
        MeetyBotVariant(
            name: "flow-step-changed",
            replace: (
                "          then: ElicitIntent      # keep listening",
                "          then: EndConversation      # keep listening"
            ),
            kind: "flow step", change: "changed", path: ["intent", "StartMeety", "closing", "next"],
            positionText: "EndConversation",
            oracle: .coverage(category: "messages", item: "StartMeety.closing", on: .original)),
        MeetyBotVariant(
            name: "intent-changed",
            replace: ("        description: Greeting\n", "        description: Greets the user\n"),
            kind: "intent", change: "changed", path: ["intent", "StartMeety"], positionText: "StartMeety:",
            oracle: .coverage(category: "intents", item: "StartMeety", on: .original)),
    ]
}
