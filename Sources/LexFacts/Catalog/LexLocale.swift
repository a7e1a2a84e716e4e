/// A locale Amazon Lex V2 can build a bot in: its id, the console's display name and its quota class.
///
/// The table (`LexLocale.all`) is the one list of locale ids every layer uses: the compiler checks a
/// bot's locales against it and writes the display name into `BotLocale.json`, the export reader
/// refuses an id that is not in it, and the simulator resolves built-in slot types per locale.
/// Source: the Lex V2 developer guide, "Languages and locales supported by Amazon Lex V2" (the
/// current table, which marks the newer locales with an asterisk; read 2026-12). `ko_KR` is named
/// as a real 2025 console export names it ("Korean (South Korea)").
public struct LexLocale: Sendable, Hashable {
    /// The locale id as Lex writes it (`en_US`, `es_419`).
    public let id: String
    /// The name the console shows and exports (`English (US)`).
    public let displayName: String
    /// Whether the guide marks the locale as one of its newer additions (an asterisk in the table).
    public let isNewer: Bool

    private init(_ id: String, _ displayName: String, newer: Bool = false) {
        self.id = id
        self.displayName = displayName
        self.isNewer = newer
    }

    /// Whether the locale has the larger build quotas: 1,000 intents, 250 slot types and 4,000 slots
    /// per locale (en_AU, en_GB and en_US; every other locale has 250, 100 and 2,000).
    public var hasLargeQuotas: Bool { ["en_AU", "en_GB", "en_US"].contains(id) }

    /// The language part of the id (`en` for `en_US`, `es` for `es_419`).
    public var language: String { String(id.prefix { $0 != "_" }) }

    /// Whether the locale is an English one (the simulator's English grammars serve these).
    public var isEnglish: Bool { language == "en" }

    /// The identifier Foundation's locale data (ICU/CLDR) knows the locale by: the Lex id itself,
    /// except where Lex uses a region or language code that CLDR spells differently (`en_AB`
    /// Scotland and `en_WL` Wales are `en_GB`, `et_ET` is Estonian in Estonia `et_EE`, `no_NO` is
    /// Norwegian Bokmål `nb_NO`, `zh_HK` is written in traditional characters `zh_Hant_HK`).
    public var foundationIdentifier: String {
        switch id {
        case "en_AB", "en_WL": "en_GB"
        case "et_ET": "et_EE"
        case "no_NO": "nb_NO"
        case "zh_HK": "zh_Hant_HK"
        default: id
        }
    }

    /// The locale with `id`, or `nil` when Lex V2 has no such locale.
    public static func named(_ id: String) -> LexLocale? { byId[id] }

    /// Every id, in the guide's order.
    public static var ids: [String] { all.map(\.id) }

    private static let byId: [String: LexLocale] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// Every locale Lex V2 supports, in the guide's order.
    public static let all: [LexLocale] = [
        LexLocale("af_ZA", "Afrikaans (South Africa)", newer: true),
        LexLocale("ar_AE", "Gulf Arabic (United Arab Emirates)"),
        LexLocale("ar_SA", "Arabic (Saudi Arabia)", newer: true),
        LexLocale("bg_BG", "Bulgarian (Bulgaria)", newer: true),
        LexLocale("ca_ES", "Catalan (Spain)"),
        LexLocale("cs_CZ", "Czech (Czech Republic)", newer: true),
        LexLocale("cy_GB", "Welsh (United Kingdom)", newer: true),
        LexLocale("da_DK", "Danish (Denmark)", newer: true),
        LexLocale("de_AT", "German (Austria)"),
        LexLocale("de_CH", "German (Switzerland)", newer: true),
        LexLocale("de_DE", "German (Germany)"),
        LexLocale("en_AB", "English (Scotland)", newer: true),
        LexLocale("en_AU", "English (Australia)"),
        LexLocale("en_GB", "English (UK)"),
        LexLocale("en_IE", "English (Ireland)", newer: true),
        LexLocale("en_IN", "English (India)"),
        LexLocale("en_NZ", "English (New Zealand)", newer: true),
        LexLocale("en_US", "English (US)"),
        LexLocale("en_WL", "English (Wales)", newer: true),
        LexLocale("en_ZA", "English (South Africa)"),
        LexLocale("es_419", "Spanish (Latin America)"),
        LexLocale("es_ES", "Spanish (Spain)"),
        LexLocale("es_MX", "Spanish (Mexico)", newer: true),
        LexLocale("es_US", "Spanish (US)"),
        LexLocale("et_ET", "Estonian (Estonia)", newer: true),
        LexLocale("fa_IR", "Farsi (Iran)", newer: true),
        LexLocale("fi_FI", "Finnish (Finland)"),
        LexLocale("fr_BE", "French (Belgium)", newer: true),
        LexLocale("fr_CA", "French (Canada)"),
        LexLocale("fr_FR", "French (France)"),
        LexLocale("he_IL", "Hebrew (Israel)", newer: true),
        LexLocale("hi_IN", "Hindi (India)"),
        LexLocale("hr_HR", "Croatian (Croatia)", newer: true),
        LexLocale("hu_HU", "Hungarian (Hungary)", newer: true),
        LexLocale("id_ID", "Indonesian (Indonesia)", newer: true),
        LexLocale("is_IS", "Icelandic (Iceland)", newer: true),
        LexLocale("it_IT", "Italian (Italy)"),
        LexLocale("ja_JP", "Japanese (Japan)"),
        LexLocale("km_KH", "Khmer (Cambodia)", newer: true),
        LexLocale("ko_KR", "Korean (South Korea)"),
        LexLocale("lt_LT", "Lithuanian (Lithuania)", newer: true),
        LexLocale("lv_LV", "Latvian (Latvia)", newer: true),
        LexLocale("ms_MY", "Malay (Malaysia)", newer: true),
        LexLocale("nl_BE", "Dutch (Belgium)", newer: true),
        LexLocale("nl_NL", "Dutch (The Netherlands)"),
        LexLocale("no_NO", "Norwegian (Norway)"),
        LexLocale("pl_PL", "Polish (Poland)"),
        LexLocale("pt_BR", "Portuguese (Brazil)"),
        LexLocale("pt_PT", "Portuguese (Portugal)"),
        LexLocale("sv_SE", "Swedish (Sweden)"),
        LexLocale("zh_CN", "Mandarin (PRC)"),
        LexLocale("zh_HK", "Cantonese (Hong Kong)"),
    ]
}
