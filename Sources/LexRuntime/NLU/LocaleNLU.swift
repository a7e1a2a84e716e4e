import CodeHooks
import LexFacts

/// The NLU stand-in of one locale: intent classification, slot filling and yes/no understanding.
///
/// Precompiles every utterance template once; each call then works on the tokenised input only.
/// Deterministic by construction: ties are broken by locale order, never by hashing.
struct LocaleNLU: Sendable {
    /// A candidate intent for an input.
    struct Candidate: Sendable {
        /// The intent name.
        var intent: String
        /// 1.0 for an exact template match, else the best Dice score.
        var confidence: Double
        /// Slots captured by the matching template.
        var slots: [String: SlotValue]
        /// Which utterance matched exactly or scored best (index into the intent's utterances).
        var utterance: Int?
        /// Whether this is the fallback intent (inserted at the threshold position).
        var isFallback: Bool
    }

    /// How a slot elicitation input was understood.
    enum SlotFill: Sendable {
        /// The input gave a value (resolved or ambiguous), possibly with other slots.
        case value(SlotValue, others: [String: SlotValue], source: FillSource)
        /// Nothing resolved; `original` is what was heard.
        case unresolved(original: String)
    }

    /// Where an elicited value came from, for coverage.
    enum FillSource: Sendable, Equatable {
        /// The whole input was the value.
        case wholeInput
        /// A slot sample utterance matched (index).
        case slotUtterance(Int)
        /// One of the intent's utterances matched (index).
        case intentUtterance(Int)
    }

    /// An intent with its templates parsed; a class so that scanning the intents on every turn
    /// passes one reference per intent instead of copying four collections.
    private final class CompiledIntent: Sendable {
        let intent: RuntimeIntent
        let templates: [UtteranceTemplate]
        let slotTemplates: [String: [UtteranceTemplate]]
        let slotTypes: [String: String]

        /// Compiles an intent; `documented` are the phrases Lex documents for its built-in parent in
        /// this locale, matched after the intent's own utterances.
        init(_ intent: RuntimeIntent, documented: [String], vocabulary: inout Vocabulary) {
            self.intent = intent
            let own = intent.utterances
            templates = (own + documented.filter { !own.contains($0) }).map {
                UtteranceTemplate($0, vocabulary: &vocabulary)
            }
            var slotTemplates: [String: [UtteranceTemplate]] = [:]
            for slot in intent.slots where slotTemplates[slot.name] == nil {
                slotTemplates[slot.name] = slot.utterances.map { UtteranceTemplate($0, vocabulary: &vocabulary) }
            }
            self.slotTemplates = slotTemplates
            slotTypes = Dictionary(intent.slots.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        }
    }

    let locale: RuntimeLocale
    private let intents: [CompiledIntent]
    private let intentsByName: [String: CompiledIntent]
    private let resolver: SlotResolver
    /// The words of every template of the locale, numbered.
    let vocabulary: Vocabulary

    /// The intent that answers when nothing else matches, from a cloud service (QnA, Kendra ...), if any.
    private let serviceIntent: RuntimeIntent?
    /// Whether the locale has an intent made from AMAZON.RepeatIntent (sessions then remember replies).
    let hasRepeatIntent: Bool

    /// Compiles a locale: its slot types with the locale's built-in grammars, and its intents' utterances
    /// with, for an intent made from a conversational built-in (`AMAZON.HelpIntent` ...), the phrases Lex
    /// documents for it in the locale (`LexLocaleData.builtInIntents`).
    init(locale: RuntimeLocale) throws(SlotTypeError) {
        self.locale = locale
        var resolver = try SlotResolver(
            customSlotTypes: locale.slotTypes.values.sorted { $0.name < $1.name }, localeId: locale.id)
        resolver.prepare(typeNames: locale.intents.flatMap { $0.slots.map(\.type) } + ["AMAZON.Confirmation"])
        self.resolver = resolver
        let documented = LocaleLexicon.forLocale(locale.id).data.builtInIntents
        var vocabulary = Vocabulary()
        let intents = locale.intents.map { intent in
            CompiledIntent(
                intent, documented: intent.parentSignature.flatMap { documented[$0] } ?? [], vocabulary: &vocabulary)
        }
        serviceIntent = locale.intents.first { $0.cloudService != nil }
        hasRepeatIntent = locale.intents.contains { $0.parentSignature == "AMAZON.RepeatIntent" }
        self.intents = intents
        self.intentsByName = Dictionary(intents.map { ($0.intent.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.vocabulary = vocabulary
    }

    /// Reads user input against this locale's vocabulary.
    func input(_ text: String) -> NLUInput {
        NLUInput(text, vocabulary: vocabulary)
    }

    /// Whether the whole input is a listed value (or synonym) of the custom slot type `typeName`.
    func isListedValue(_ input: NLUInput, of typeName: String, now: LocalDateTime) -> Bool {
        guard locale.slotTypes[typeName] != nil else { return false }
        return !resolver.resolve(input.text.all, as: typeName, now: now).resolvedValues.isEmpty
    }

    /// Resolves text under a slot type.
    func resolve(_ slotType: String, _ text: String, now: LocalDateTime) -> SlotValue {
        resolver.resolve(text, as: slotType, now: now).slotValue
    }

    private func matcher(now: LocalDateTime) -> TemplateMatcher {
        let resolver = self.resolver
        return TemplateMatcher { type, span in
            let resolution = resolver.resolve(span, as: type, now: now)
            return resolution.isMatch ? resolution.slotValue : nil
        }
    }

    /// Ranks every intent for `input`: exact template matches score 1.0 with their captured slots,
    /// others their best Dice score; the fallback intent is inserted before the first candidate
    /// below the locale's threshold. At most five candidates are returned, best first. Intents in
    /// `excluded` (their input contexts are not active) are not candidates.
    func classify(_ input: NLUInput, now: LocalDateTime, excluding excluded: Set<String> = []) -> [Candidate] {
        var candidates: [Candidate] = []
        let matcher = self.matcher(now: now)
        for compiled in intents
        where !compiled.intent.isFallback && (excluded.isEmpty || !excluded.contains(compiled.intent.name)) {
            var best = Candidate(
                intent: compiled.intent.name, confidence: 0, slots: [:], utterance: nil, isFallback: false)
            for (index, template) in compiled.templates.enumerated() {
                if let slots = matcher.match(template, input: input, slotTypes: { compiled.slotTypes[$0] }) {
                    best = Candidate(
                        intent: compiled.intent.name, confidence: 1, slots: slots, utterance: index, isFallback: false)
                    break
                }
                let score = diceCoefficient(input, template)
                if score > best.confidence {
                    best.confidence = score
                    best.utterance = index
                }
            }
            candidates.append(best)
        }
        // Stable sort keeps locale order among equal scores.
        candidates = candidates.enumerated().sorted { lhs, rhs in
            lhs.element.confidence != rhs.element.confidence
                ? lhs.element.confidence > rhs.element.confidence : lhs.offset < rhs.offset
        }.map(\.element)
        let position = candidates.firstIndex { $0.confidence < locale.confidenceThreshold } ?? candidates.count
        if let fallback = locale.fallbackIntent {
            let entry = Candidate(intent: fallback.name, confidence: 0, slots: [:], utterance: nil, isFallback: true)
            candidates.insert(entry, at: position)
        }
        // Lex answers what no intent matches from the cloud service of a QnA or Kendra search intent,
        // which sits before the fallback intent at the threshold position.
        if let service = serviceIntent, position == 0 {
            candidates.removeAll { $0.intent == service.name }
            let entry = Candidate(intent: service.name, confidence: 0, slots: [:], utterance: nil, isFallback: false)
            candidates.insert(entry, at: 0)
        }
        return Array(candidates.prefix(5))
    }

    /// Understands an answer to the prompt for `slot` of `intent`: the whole input as a value, then
    /// the slot's sample utterances, then the intent's utterances (DESIGN §5).
    func fill(_ slot: RuntimeSlot, of intentName: String, from input: NLUInput, now: LocalDateTime) -> SlotFill {
        let all = input.text.all
        let original = all.originalText
        guard let compiled = intentsByName[intentName] else {
            return .unresolved(original: original)
        }
        let whole = resolver.resolve(all, as: slot.type, now: now)
        if whole.isMatch { return .value(whole.slotValue, others: [:], source: .wholeInput) }
        let matcher = self.matcher(now: now)
        let types: (String) -> String? = { compiled.slotTypes[$0] }
        for (index, template) in (compiled.slotTemplates[slot.name] ?? []).enumerated() {
            if var slots = matcher.match(template, input: input, slotTypes: types),
                let value = slots.removeValue(forKey: slot.name)
            {
                return .value(value, others: slots, source: .slotUtterance(index))
            }
        }
        for (index, template) in compiled.templates.enumerated() {
            if var slots = matcher.match(template, input: input, slotTypes: types),
                let value = slots.removeValue(forKey: slot.name)
            {
                return .value(value, others: slots, source: .intentUtterance(index))
            }
        }
        return .unresolved(original: original)
    }
}

extension SlotValue {
    /// Whether the value counts as heard for matching: resolved, or ambiguous with candidates.
    var matches: Bool {
        interpretedValue != nil || !(resolvedValues ?? []).isEmpty
    }
}
