import LexRuntime
import Testing

/// AMAZON.Duration, Number, Percentage, Confirmation, PhoneNumber, EmailAddress, FirstName and
/// UKPostalCode per locale.
@Suite("Values per locale")
struct LocaleValueTests {
    @Test(
        "durations: units from Foundation, halves from the data file",
        arguments: [
            LocaleCase("es_US", "2 horas", .value("PT2H")),
            LocaleCase("es_US", "media hora", .value("PT30M")),
            LocaleCase("es_US", "una hora y media", .value("PT1H30M")),
            LocaleCase("es_US", "30 minutos", .value("PT30M")),
            LocaleCase("es_US", "2 horas y 30 minutos", .value("PT2H30M")),
            LocaleCase("es_US", "3 días", .value("P3D")),
            LocaleCase("es_US", "dos semanas", .value("P2W")),
            LocaleCase("es_US", "un cuarto de hora", .value("PT15M")),
            LocaleCase("pt_BR", "meia hora", .value("PT30M")),
            LocaleCase("pt_BR", "duas horas", .value("PT2H")),
            LocaleCase("fr_FR", "une demi-heure", .value("PT30M")),
            LocaleCase("fr_FR", "2 heures", .value("PT2H")),
            LocaleCase("de_DE", "eine halbe Stunde", .value("PT30M")),
            LocaleCase("de_DE", "90 Minuten", .value("PT1H30M")),
            LocaleCase("de_DE", "2 Monate", .value("P2M")),
            LocaleCase("ko_KR", "30분", .value("PT30M")),
            LocaleCase("ko_KR", "두 시간", .value("PT2H")),
            LocaleCase("ko_KR", "1시간 반", .value("PT1H30M")),
            LocaleCase("ko_KR", "3일", .value("P3D")),
            LocaleCase("ja_JP", "30分", .value("PT30M")),
            LocaleCase("ja_JP", "2時間", .value("PT2H")),
            LocaleCase("ja_JP", "1時間半", .value("PT1H30M")),
            LocaleCase("zh_CN", "两个小时", .value("PT2H")),
            LocaleCase("es_US", "un rato", .unresolved),
            LocaleCase("es_ES", "1,5 horas", .value("PT1H30M")),
            LocaleCase("fr_FR", "une heure et demie", .value("PT1H30M")),
            LocaleCase("fr_FR", "un quart d'heure", .value("PT15M")),
            LocaleCase("de_DE", "anderthalb Stunden", .value("PT1H30M")),
            LocaleCase("it_IT", "mezz'ora", .value("PT30M")),
            LocaleCase("zh_CN", "半小时", .value("PT30M")),
            LocaleCase("ko_KR", "2개월", .value("P2M")),
            LocaleCase("ja_JP", "3か月", .value("P3M")),
            LocaleCase("es_US", "horas", .unresolved),
            LocaleCase("ko_KR", "30", .unresolved),
        ])
    func durations(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.Duration") }

    @Test(
        "numbers: spelled-out cardinals from Foundation, the locale's separators",
        arguments: [
            LocaleCase("es_US", "veintitrés", .value("23")),
            LocaleCase("es_US", "mil doscientos treinta y cuatro", .value("1234")),
            LocaleCase("es_US", "menos cinco", .value("-5")),
            LocaleCase("es_US", "tres coma cinco", .value("3.5")),
            LocaleCase("es_US", "1,234.5", .value("1234.5")),
            LocaleCase("pt_BR", "vinte e três", .value("23")),
            LocaleCase("pt_BR", "1.234,5", .value("1234.5")),
            LocaleCase("pt_BR", "3,5", .value("3.5")),
            LocaleCase("de_DE", "dreiundzwanzig", .value("23")),
            LocaleCase("de_DE", "3,5", .value("3.5")),
            LocaleCase("fr_FR", "vingt-trois", .value("23")),
            LocaleCase("ko_KR", "이십삼", .value("23")),
            LocaleCase("ja_JP", "二十三", .value("23")),
            LocaleCase("ja_JP", "２３", .value("23")),
            LocaleCase("es_US", "muchos", .unresolved),
            LocaleCase("de_DE", "drei Komma fünf", .value("3.5")),
            LocaleCase("fr_FR", "trois virgule cinq", .value("3.5")),
            LocaleCase("ko_KR", "삼 점 오", .value("3.5")),
            LocaleCase("ja_JP", "マイナス五", .value("-5")),
            LocaleCase("es_US", "1 234", .unresolved),
        ])
    func numbers(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.Number") }

    @Test(
        "percentages",
        arguments: [
            LocaleCase("es_US", "25 por ciento", .value("25%")),
            LocaleCase("de_DE", "fünfzig Prozent", .value("50%")),
            LocaleCase("fr_FR", "10 %", .value("10%")),
            LocaleCase("zh_CN", "百分之二十五", .value("25%")),
            LocaleCase("ko_KR", "30퍼센트", .value("30%")),
            LocaleCase("pt_BR", "20 por cento", .value("20%")),
            LocaleCase("ja_JP", "50パーセント", .value("50%")),
        ])
    func percentages(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.Percentage") }

    @Test(
        "yes and no: the C library's words and the locale's everyday ones (issue 20: 네, 아니요)",
        arguments: [
            LocaleCase("ko_KR", "네", .value("Yes")), LocaleCase("ko_KR", "예", .value("Yes")),
            LocaleCase("ko_KR", "아니요", .value("No")), LocaleCase("ko_KR", "아마도", .value("Maybe")),
            LocaleCase("ko_KR", "모르겠어요", .value("Don't know")),
            LocaleCase("ja_JP", "はい", .value("Yes")), LocaleCase("ja_JP", "いいえ", .value("No")),
            LocaleCase("es_US", "sí", .value("Yes")), LocaleCase("es_US", "si", .value("Yes")),
            LocaleCase("es_US", "no", .value("No")), LocaleCase("es_US", "claro", .value("Yes")),
            LocaleCase("es_US", "no lo sé", .value("Don't know")),
            LocaleCase("pt_BR", "sim", .value("Yes")), LocaleCase("pt_BR", "não", .value("No")),
            LocaleCase("pt_BR", "nao", .value("No")),
            LocaleCase("fr_FR", "oui", .value("Yes")), LocaleCase("fr_FR", "non", .value("No")),
            LocaleCase("fr_FR", "peut-être", .value("Maybe")),
            LocaleCase("de_DE", "ja", .value("Yes")), LocaleCase("de_DE", "nein", .value("No")),
            LocaleCase("de_DE", "Keine Ahnung", .value("Don't know")),
            LocaleCase("nl_NL", "ja", .value("Yes")), LocaleCase("nl_NL", "nee", .value("No")),
            LocaleCase("ko_KR", "yes", .unresolved), LocaleCase("es_US", "tal vez no sé", .unresolved),
        ])
    func confirmations(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.Confirmation") }

    @Test(
        "phone numbers, spoken email addresses and names in other scripts",
        arguments: [
            (LocaleCase("es_US", "555 1212", .value("5551212")), "AMAZON.PhoneNumber"),
            (LocaleCase("es_US", "cinco cinco cinco uno dos", .value("55512")), "AMAZON.PhoneNumber"),
            (LocaleCase("de_DE", "+49 30 1234567", .value("+49301234567")), "AMAZON.PhoneNumber"),
            (LocaleCase("es_US", "ana arroba ejemplo punto com", .value("ana@ejemplo.com")), "AMAZON.EmailAddress"),
            (LocaleCase("ko_KR", "minsu@example.com", .value("minsu@example.com")), "AMAZON.EmailAddress"),
            (LocaleCase("fr_FR", "marie arobase exemple point fr", .value("marie@exemple.fr")), "AMAZON.EmailAddress"),
            (LocaleCase("ko_KR", "minsu 골뱅이 example 점 com", .value("minsu@example.com")), "AMAZON.EmailAddress"),
            (LocaleCase("ja_JP", "花子", .value("花子")), "AMAZON.FirstName"),
            (LocaleCase("ko_KR", "민수", .value("민수")), "AMAZON.FirstName"),
            (LocaleCase("ja_JP", "山田 花子", .unresolved), "AMAZON.FirstName"),
        ])
    func textTypes(_ item: LocaleCase, _ type: String) { expectResolution(item, as: type) }

    @Test(
        "AMAZON.UKPostalCode: the six formats of the Lex V2 guide, en_GB only",
        arguments: [
            LocaleCase("en_GB", "SW1A 1AA", .value("SW1A 1AA")),
            LocaleCase("en_GB", "sw1a1aa", .value("SW1A 1AA")),
            LocaleCase("en_GB", "M1 1AE", .value("M1 1AE")),
            LocaleCase("en_GB", "B33 8TH", .value("B33 8TH")),
            LocaleCase("en_GB", "CR2 6XH", .value("CR2 6XH")),
            LocaleCase("en_GB", "DN55 1PT", .value("DN55 1PT")),
            LocaleCase("en_GB", "W1A 0AX", .value("W1A 0AX")),
            LocaleCase("en_GB", "s w one a one double a", .value("SW1A 1AA")),
            LocaleCase("en_GB", "d n fifty five one p t", .value("DN55 1PT")),
            LocaleCase("en_GB", "SW1A 1A", .unresolved),
            LocaleCase("en_GB", "12345", .unresolved),
            LocaleCase("en_US", "SW1A 1AA", .unresolved),
        ])
    func ukPostalCodes(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.UKPostalCode") }

    @Test("AMAZON.AlphaNumeric does not exist in ko_KR, so nothing resolves under it there")
    func alphaNumericInKorean() {
        #expect(
            LocaleResolvers.resolver("ko_KR").resolve("ABC123", as: "AMAZON.AlphaNumeric", now: Clocks.friday)
                .outcome == .unresolved)
        #expect(
            LocaleResolvers.resolver("ja_JP").resolve("ABC123", as: "AMAZON.AlphaNumeric", now: Clocks.friday)
                .interpretedValue == "ABC123")
    }
}
