import LexFacts
import Testing

@Suite("Lex locales and built-ins")
struct LexLocaleTests {
    @Test("display names come from the one table; an unknown id is no locale")
    func displayNames() {
        #expect(LexLocale.named("en_US")?.displayName == "English (US)")
        #expect(LexLocale.named("ko_KR")?.displayName == "Korean (South Korea)")
        #expect(LexLocale.named("es_419")?.language == "es")
        #expect(LexLocale.named("xx_YY") == nil)
        #expect(LexLocale.named("en-US") == nil, "Lex writes locale ids with an underscore")
    }

    @Test("ids are unique and in the guide's alphabetical order")
    func table() {
        let ids = LexLocale.ids
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        #expect(ids.count >= 27)
    }

    @Test("locales the compiler once refused but the export writer named are Lex locales for both now")
    func formerlyDivergent() {
        // The compiler's list had 27 ids, the display-name table 41: en_IE was named but refused.
        for id in ["en_IE", "en_NZ", "de_CH", "es_MX", "nl_BE"] {
            #expect(LexLocale.named(id)?.isNewer == true, "\(id)")
        }
        #expect(LexLocale.named("en_US")?.isNewer == false)
    }

    @Test("only English in the US, UK and Australia has the larger quotas")
    func quotas() {
        #expect(LexLocale.all.filter(\.hasLargeQuotas).map(\.id) == ["en_AU", "en_GB", "en_US"])
    }

    @Test("built-in slot types: locale limits name real types and real locales")
    func builtIns() {
        for (type, locales) in LexBuiltIns.slotTypesOnlyIn.merging(LexBuiltIns.slotTypesMissingIn, uniquingKeysWith: +)
        {
            #expect(LexBuiltIns.slotTypes.contains(type))
            for locale in locales { #expect(LexLocale.named(locale) != nil, "\(locale)") }
        }
        #expect(LexBuiltIns.slotTypes.contains(LexBuiltIns.regexParentSlotType))
        #expect(LexBuiltIns.conversationalIntents.contains(LexBuiltIns.fallbackIntent))
    }
}
