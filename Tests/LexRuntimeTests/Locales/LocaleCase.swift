import LexFacts
import LexRuntime
import Testing

/// One row of a per-locale phrase table: the locale, the text, the expected resolution and the clock.
struct LocaleCase: Sendable, CustomTestStringConvertible {
    let locale: String
    let row: PhraseCase

    init(_ locale: String, _ phrase: String, _ expected: Expected, now: LocalDateTime = Clocks.friday) {
        self.locale = locale
        self.row = PhraseCase(phrase, expected, now: now)
    }

    var testDescription: String { "\(locale): \(row.testDescription)" }
}

/// A resolver per locale, built once (a locale's tables come from Foundation and its data file).
enum LocaleResolvers {
    private static let resolvers: [String: SlotResolver] = {
        var table: [String: SlotResolver] = [:]
        for id in [
            "en_US", "en_GB", "en_ZA", "es_US", "es_ES", "pt_BR", "fr_FR", "de_DE", "it_IT", "ja_JP", "ko_KR",
            "zh_CN", "nl_NL",
        ] {
            table[id] = try! SlotResolver(localeId: id)
        }
        return table
    }()

    /// The resolver of `locale`.
    static func resolver(_ locale: String) -> SlotResolver {
        resolvers[locale] ?? (try! SlotResolver(localeId: locale))
    }
}

/// Resolves a locale row and checks it like `expectResolution`.
func expectResolution(
    _ item: LocaleCase, as typeName: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    expectResolution(
        item.row, as: typeName, resolver: LocaleResolvers.resolver(item.locale), sourceLocation: sourceLocation)
}
