/// Display names of Lex V2 locales, written to `BotLocale.json` as `name`.
///
/// The export carries the console's display name next to the locale id; Lex ignores it on import,
/// but writing it keeps compiled output identical in shape to a console export. Names follow the
/// Lex V2 developer guide's "Languages and locales" table, except `ko_KR`, where a real 2025
/// export says "Korean (South Korea)". A locale id missing from the table is written as its own
/// display name.
public enum LexLocaleNames {
    /// The table: Lex locale id → display name.
    public static let displayNames: [String: String] = [
        "af_ZA": "Afrikaans (South Africa)",
        "ar_AE": "Gulf Arabic (United Arab Emirates)",
        "ar_SA": "Arabic (Saudi Arabia)",
        "bg_BG": "Bulgarian (Bulgaria)",
        "ca_ES": "Catalan (Spain)",
        "cs_CZ": "Czech (Czech Republic)",
        "cy_GB": "Welsh (United Kingdom)",
        "da_DK": "Danish (Denmark)",
        "de_AT": "German (Austria)",
        "de_CH": "German (Switzerland)",
        "de_DE": "German (Germany)",
        "en_AB": "English (Scotland)",
        "en_AU": "English (Australia)",
        "en_GB": "English (UK)",
        "en_IE": "English (Ireland)",
        "en_IN": "English (India)",
        "en_NZ": "English (New Zealand)",
        "en_US": "English (US)",
        "en_WL": "English (Wales)",
        "en_ZA": "English (South Africa)",
        "es_419": "Spanish (Latin America)",
        "es_ES": "Spanish (Spain)",
        "es_MX": "Spanish (Mexico)",
        "es_US": "Spanish (US)",
        "fi_FI": "Finnish (Finland)",
        "fr_BE": "French (Belgium)",
        "fr_CA": "French (Canada)",
        "fr_FR": "French (France)",
        "hi_IN": "Hindi (India)",
        "it_IT": "Italian (Italy)",
        "ja_JP": "Japanese (Japan)",
        "ko_KR": "Korean (South Korea)",
        "nl_BE": "Dutch (Belgium)",
        "nl_NL": "Dutch (The Netherlands)",
        "no_NO": "Norwegian (Norway)",
        "pl_PL": "Polish (Poland)",
        "pt_BR": "Portuguese (Brazil)",
        "pt_PT": "Portuguese (Portugal)",
        "sv_SE": "Swedish (Sweden)",
        "zh_CN": "Mandarin (PRC)",
        "zh_HK": "Cantonese (Hong Kong)",
    ]

    /// The display name of `localeId`, or the id itself when the table does not know it.
    public static func displayName(for localeId: String) -> String {
        displayNames[localeId] ?? localeId
    }
}
