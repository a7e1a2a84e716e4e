import LexFacts

/// Everything built-in slot resolution knows about one Lex locale: the locale's data file
/// (`LexLocaleData`) and the tables built from Foundation's locale data, made once per locale per
/// process and shared read-only by every bot, session and turn.
///
/// English locales (`en_*`) use the English grammars of `docs/slot-resolution.md`, fed with this
/// locale's numeric date order, yes/no phrases, parts of the day and spoken email symbols. Every other
/// locale uses the locale grammars (`LocaleGrammar`), whose words come from `generic`.
final class LocaleLexicon: Sendable {
    /// The order of a numeric date's parts (`11/23/2026` in the US, `23/11/2026` in Britain).
    enum NumericDateOrder: Sendable, Equatable {
        case monthDayYear, dayMonthYear, yearMonthDay
    }

    /// The Lex locale id.
    let localeId: String
    /// Whether the English grammars serve this locale.
    let isEnglish: Bool
    /// The locale's data file, merged with the files it extends.
    let data: LexLocaleData
    /// The orders Foundation's date patterns give the parts of a numeric date, first the short pattern's.
    let numericDateOrders: [NumericDateOrder]
    /// AMAZON.Confirmation: phrase → `Yes`, `No`, `Maybe` or `Don't know` (keys normalized like input).
    let confirmation: [String: String]
    /// AMAZON.Time parts of the day said alone: phrase → `MO`, `AF`, `EV`, `NI` (English grammar keys).
    let partsOfDay: [String: String]
    /// Spoken symbols of an email address: word → symbol.
    let emailWords: [String: String]
    /// The tables of the locale grammars; nil for an English locale.
    let generic: GenericTables?

    private init(locale: LexLocale) {
        localeId = locale.id
        isEnglish = locale.isEnglish
        let data = LexLocaleData.named(locale.id) ?? LexLocaleData(locale: locale.id)
        self.data = data
        let foundation = FoundationLocale(locale)
        numericDateOrders = foundation.numericDateOrders
        var confirmation: [String: String] = [:]
        var partsOfDay: [String: String] = [:]
        let key: (String) -> String =
            locale.isEnglish ? { TokenizedText($0).normalizedText } : { TextFold.fold($0) }
        for value in LexLocaleData.confirmationValues {
            for phrase in data.confirmation[value] ?? [] where confirmation[key(phrase)] == nil {
                confirmation[key(phrase)] = value
            }
        }
        for code in LexLocaleData.partOfDayCodes {
            for phrase in data.partsOfDay[code] ?? [] where partsOfDay[key(phrase)] == nil {
                partsOfDay[key(phrase)] = code
            }
        }
        self.confirmation = confirmation
        self.partsOfDay = partsOfDay
        emailWords = Dictionary(
            data.emailWords.map { (key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        generic = locale.isEnglish ? nil : GenericTables(data: data, foundation: foundation)
    }

    private static let cache = LockedValue<[String: LocaleLexicon]>([:])

    /// The lexicon of locale `id`, built on first use. An id that is no Lex locale gets `en_US`'s.
    static func forLocale(_ id: String) -> LocaleLexicon {
        let locale = LexLocale.named(id) ?? LexLocale.named("en_US")!
        if let known = cache.withLock({ $0[locale.id] }) { return known }
        let built = LocaleLexicon(locale: locale)
        return cache.withLock { cache in
            if let raced = cache[locale.id] { return raced }
            cache[locale.id] = built
            return built
        }
    }

    /// The lexicon of American English, which the English grammars assume when no locale is named.
    static var english: LocaleLexicon { forLocale("en_US") }
}
