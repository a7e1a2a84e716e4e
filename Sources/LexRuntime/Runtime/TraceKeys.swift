/// The names a turn trace gives an intent's messages and slots (`BookMeeting.slot.FullName.prompt`,
/// `BookMeeting.FullName`), formatted once per prepared bot.
///
/// Every turn records what it said and elicited; formatting those names per turn cost a string
/// allocation each, and a suite keeps every trace until its coverage report, so shared names
/// save both time and memory.
struct TraceKeys: Sendable {
    /// The names of one slot's trace entries.
    struct Slot: Sendable {
        /// `Intent.slot.Slot.prompt`.
        let prompt: String
        /// `Intent.slot.Slot.failure`.
        let failure: String
        /// `Intent.Slot`, for the slot elicited.
        let elicitation: String

        init(intent: String, slot: String) {
            prompt = intent + ".slot." + slot + ".prompt"
            failure = intent + ".slot." + slot + ".failure"
            elicitation = intent + "." + slot
        }
    }

    /// The names of one intent's trace entries.
    struct Intent: Sendable {
        let name: String
        /// `Intent.closing`.
        let closing: String
        /// `Intent.confirmation.prompt`.
        let confirmationPrompt: String
        /// `Intent.confirmation.failure`.
        let confirmationFailure: String
        /// `Intent.confirmation.declination`.
        let confirmationDeclination: String
        private let slots: [String: Slot]

        init(name: String, slotNames: [String]) {
            self.name = name
            closing = name + ".closing"
            confirmationPrompt = name + ".confirmation.prompt"
            confirmationFailure = name + ".confirmation.failure"
            confirmationDeclination = name + ".confirmation.declination"
            slots = Dictionary(
                slotNames.map { ($0, Slot(intent: name, slot: $0)) }, uniquingKeysWith: { first, _ in first })
        }

        /// The names for `slot` (formatted now for a slot the locale did not declare).
        func slot(_ slot: String) -> Slot {
            slots[slot] ?? Slot(intent: name, slot: slot)
        }
    }

    private let intents: [String: Intent]

    /// The names for every intent and slot of `locale`.
    init(locale: RuntimeLocale) {
        intents = Dictionary(
            locale.intents.map { ($0.name, Intent(name: $0.name, slotNames: $0.slots.map(\.name))) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The names for `intent` (formatted now for an intent the locale did not declare).
    func intent(_ intent: String) -> Intent {
        intents[intent] ?? Intent(name: intent, slotNames: [])
    }
}
