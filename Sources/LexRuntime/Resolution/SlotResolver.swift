import CodeHooks
import LexFacts

/// The one entry point the dialog engine uses to turn text into slot values (DESIGN §5).
///
/// Built once per bot locale from its custom slot types (lookup tables and regex filters are
/// compiled here, not per turn), then asked per turn: "what does this text mean as a value of
/// this slot type, today?" and, for template matching, "does this span count as a value?".
/// Resolution is pure and deterministic: the clock is a parameter.
public struct SlotResolver: Sendable {
    /// What a slot type name resolves with, decided once per name.
    private enum Kind: Sendable {
        case custom(CustomSlotTypeResolver)
        case builtIn(BuiltInSlotType)
        /// A built-in type Lex does not offer in this locale: it resolves nothing.
        case unavailable
    }

    private let customTypes: [String: CustomSlotTypeResolver]
    /// The locale's words and grammars for built-in types.
    private let lexicon: LocaleLexicon
    /// Every type name the locale's slots use, with its resolver: a turn tries many spans under
    /// a few types, so the name is looked up once per span instead of lowercased and parsed.
    private var kinds: [String: Kind] = [:]

    /// Prepares the custom slot types of one bot locale; built-in types resolve with the grammars and
    /// words of locale `localeId` (American English when it is no Lex locale).
    /// - Throws: `SlotTypeError` for a regex filter Lex would reject or a duplicate type name.
    public init(customSlotTypes: [CustomSlotType] = [], localeId: String = "en_US") throws(SlotTypeError) {
        lexicon = LocaleLexicon.forLocale(localeId)
        var customTypes: [String: CustomSlotTypeResolver] = [:]
        for type in customSlotTypes {
            guard customTypes[type.name] == nil else {
                throw SlotTypeError(slotTypeName: type.name, message: "slot type '\(type.name)' is defined twice")
            }
            customTypes[type.name] = try CustomSlotTypeResolver(type)
        }
        self.customTypes = customTypes
        for (name, custom) in customTypes { kinds[name] = .custom(custom) }
    }

    /// Prepares the type names that will be resolved (the types of a locale's slots), so that
    /// resolving under them is one dictionary look-up. Unknown names stay unknown.
    mutating func prepare(typeNames: some Sequence<String>) {
        for name in typeNames where kinds[name] == nil {
            guard let builtIn = BuiltInSlotType(name: name) else { continue }
            kinds[name] = BuiltInSlotType.isAvailable(name, in: lexicon.localeId) ? .builtIn(builtIn) : .unavailable
        }
    }

    /// Whether `typeName` names a custom type of this locale or an `AMAZON.` built-in, so the
    /// engine can report a slot whose type it cannot resolve instead of silently failing.
    public func knowsSlotType(named typeName: String) -> Bool {
        customTypes[typeName] != nil || BuiltInSlotType(name: typeName) != nil
    }

    /// Resolves a span of tokenized input as a value of the slot type `typeName` (a custom type
    /// of this locale, else a built-in), relative to `now`. An unknown type name resolves nothing.
    public func resolve(_ span: TokenSpan, as typeName: String, now: LocalDateTime) -> SlotResolution {
        switch kinds[typeName] {
        case .custom(let custom): return custom.resolve(span)
        case .builtIn(let builtIn): return builtIn.resolve(span, now: now, lexicon: lexicon)
        case .unavailable: return .unresolved(originalValue: span.originalText)
        case nil: break
        }
        if let builtIn = BuiltInSlotType(name: typeName), BuiltInSlotType.isAvailable(typeName, in: lexicon.localeId) {
            return builtIn.resolve(span, now: now, lexicon: lexicon)
        }
        return .unresolved(originalValue: span.originalText)
    }

    /// Resolves a whole input (an answer to a slot prompt) as a value of `typeName`.
    public func resolve(_ text: String, as typeName: String, now: LocalDateTime) -> SlotResolution {
        resolve(TokenizedText(text).all, as: typeName, now: now)
    }

    /// Whether a span counts as a value of `typeName` when matching an utterance template's
    /// `{Slot}`: resolved or ambiguous counts, unresolved does not.
    public func matches(_ span: TokenSpan, as typeName: String, now: LocalDateTime) -> Bool {
        resolve(span, as: typeName, now: now).isMatch
    }

    /// Whether a whole text counts as a value of `typeName` (see `matches(_:as:now:)` for spans).
    public func matches(_ text: String, as typeName: String, now: LocalDateTime) -> Bool {
        resolve(text, as: typeName, now: now).isMatch
    }
}
