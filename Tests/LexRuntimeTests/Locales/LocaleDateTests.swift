import LexRuntime
import Testing

/// AMAZON.Date per locale; today is Friday 2026-11-20 unless stated.
@Suite("AMAZON.Date per locale")
struct LocaleDateTests {
    @Test(
        "Korean: 내일, 3월 10일, 다음 주 월요일 and the locale's shapes (issue 20)",
        arguments: [
            LocaleCase("ko_KR", "내일", .value("2026-11-21")),
            LocaleCase("ko_KR", "모레", .value("2026-11-22")),
            LocaleCase("ko_KR", "어제", .value("2026-11-19")),
            LocaleCase("ko_KR", "오늘", .value("2026-11-20")),
            LocaleCase("ko_KR", "3월 10일", .value("2027-03-10")),
            LocaleCase("ko_KR", "3월10일", .value("2027-03-10")),
            LocaleCase("ko_KR", "12월 25일", .value("2026-12-25")),
            LocaleCase("ko_KR", "2026년 12월 25일", .value("2026-12-25")),
            LocaleCase("ko_KR", "2026. 12. 25.", .value("2026-12-25")),
            LocaleCase("ko_KR", "내일에", .value("2026-11-21")),
            LocaleCase("ko_KR", "월요일", .value("2026-11-23")),
            LocaleCase("ko_KR", "금요일", .value("2026-11-20")),
            LocaleCase("ko_KR", "다음 주 월요일", .value("2026-11-23")),
            LocaleCase("ko_KR", "다음주 금요일", .value("2026-11-27")),
            LocaleCase("ko_KR", "이번 주 수요일", .value("2026-11-18")),
            LocaleCase("ko_KR", "3일 후", .value("2026-11-23")),
            LocaleCase("ko_KR", "다음 주", .value("2026-11-22")),
            LocaleCase("ko_KR", "11월 23일 월요일", .value("2026-11-23")),
            LocaleCase("ko_KR", "11월 23일 화요일", .unresolved),
            LocaleCase("ko_KR", "3월 32일", .unresolved),
            LocaleCase("ko_KR", "언젠가", .unresolved),
        ])
    func korean(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.Date") }

    @Test(
        "Japanese: 明日, 3月10日, 来週の月曜日",
        arguments: [
            LocaleCase("ja_JP", "明日", .value("2026-11-21")),
            LocaleCase("ja_JP", "あした", .value("2026-11-21")),
            LocaleCase("ja_JP", "明後日", .value("2026-11-22")),
            LocaleCase("ja_JP", "今日", .value("2026-11-20")),
            LocaleCase("ja_JP", "3月10日", .value("2027-03-10")),
            LocaleCase("ja_JP", "2026年12月25日", .value("2026-12-25")),
            LocaleCase("ja_JP", "12/25", .value("2026-12-25")),
            LocaleCase("ja_JP", "2026/12/25", .value("2026-12-25")),
            LocaleCase("ja_JP", "月曜日", .value("2026-11-23")),
            LocaleCase("ja_JP", "来週の月曜日", .value("2026-11-23")),
            LocaleCase("ja_JP", "3日後", .value("2026-11-23")),
            LocaleCase("ja_JP", "明日に", .value("2026-11-21")),
            LocaleCase("ja_JP", "いつか", .unresolved),
        ])
    func japanese(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.Date") }

    @Test(
        "Spanish: mañana, el próximo lunes, 23 de noviembre, month-first numbers in es_US",
        arguments: [
            LocaleCase("es_US", "mañana", .value("2026-11-21")),
            LocaleCase("es_US", "manana", .value("2026-11-21")),
            LocaleCase("es_US", "pasado mañana", .value("2026-11-22")),
            LocaleCase("es_US", "hoy", .value("2026-11-20")),
            LocaleCase("es_US", "ayer", .value("2026-11-19")),
            LocaleCase("es_US", "el próximo lunes", .value("2026-11-23")),
            LocaleCase("es_US", "el viernes que viene", .value("2026-11-27")),
            LocaleCase("es_US", "el lunes pasado", .value("2026-11-16")),
            LocaleCase("es_US", "el lunes", .value("2026-11-23")),
            LocaleCase("es_US", "miércoles", .value("2026-11-25")),
            LocaleCase("es_US", "23 de noviembre", .value("2026-11-23")),
            LocaleCase("es_US", "el 25 de diciembre de 2026", .value("2026-12-25")),
            LocaleCase("es_US", "primero de marzo", .value("2027-03-01")),
            LocaleCase("es_US", "12/25/2026", .value("2026-12-25")),
            LocaleCase("es_ES", "25/12/2026", .value("2026-12-25")),
            LocaleCase("es_US", "dentro de 3 días", .value("2026-11-23")),
            LocaleCase("es_US", "la próxima semana", .value("2026-11-22")),
            LocaleCase("es_US", "este mes", .value("2026-11-01")),
            LocaleCase("es_US", "el próximo año", .value("2027-12-31")),
            LocaleCase("es_US", "algún día", .unresolved),
        ])
    func spanish(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.Date") }

    @Test(
        "Portuguese, French, German: tomorrow, next Monday, day and month, numeric dates",
        arguments: [
            LocaleCase("pt_BR", "amanhã", .value("2026-11-21")),
            LocaleCase("pt_BR", "depois de amanhã", .value("2026-11-22")),
            LocaleCase("pt_BR", "próxima segunda", .value("2026-11-23")),
            LocaleCase("pt_BR", "segunda-feira", .value("2026-11-23")),
            LocaleCase("pt_BR", "na sexta que vem", .value("2026-11-27")),
            LocaleCase("pt_BR", "23 de novembro", .value("2026-11-23")),
            LocaleCase("pt_BR", "25/12/2026", .value("2026-12-25")),
            LocaleCase("pt_BR", "em 3 dias", .value("2026-11-23")),
            LocaleCase("fr_FR", "demain", .value("2026-11-21")),
            LocaleCase("fr_FR", "après-demain", .value("2026-11-22")),
            LocaleCase("fr_FR", "aujourd'hui", .value("2026-11-20")),
            LocaleCase("fr_FR", "lundi prochain", .value("2026-11-23")),
            LocaleCase("fr_FR", "le 23 novembre", .value("2026-11-23")),
            LocaleCase("fr_FR", "le premier décembre", .value("2026-12-01")),
            LocaleCase("fr_FR", "25/12/2026", .value("2026-12-25")),
            LocaleCase("fr_FR", "dans 3 jours", .value("2026-11-23")),
            LocaleCase("de_DE", "morgen", .value("2026-11-21")),
            LocaleCase("de_DE", "übermorgen", .value("2026-11-22")),
            LocaleCase("de_DE", "nächsten Montag", .value("2026-11-23")),
            LocaleCase("de_DE", "am 23. November", .value("2026-11-23")),
            LocaleCase("de_DE", "25.12.2026", .value("2026-12-25")),
            LocaleCase("de_DE", "in 3 Tagen", .value("2026-11-23")),
            LocaleCase("de_DE", "Montag", .value("2026-11-23")),
            LocaleCase("de_DE", "25 12 2026", .unresolved),
            LocaleCase("it_IT", "domani", .value("2026-11-21")),
            LocaleCase("it_IT", "23 novembre", .value("2026-11-23")),
            LocaleCase("it_IT", "lunedì prossimo", .value("2026-11-23")),
            LocaleCase("es_US", "hace 3 días", .value("2026-11-17")),
            LocaleCase("ja_JP", "次の月曜日", .value("2026-11-23")),
            LocaleCase("ja_JP", "今週の金曜日", .value("2026-11-20")),
            LocaleCase("ja_JP", "来週", .value("2026-11-22")),
            LocaleCase("ko_KR", "다음 월요일", .value("2026-11-23")),
            LocaleCase("ko_KR", "오는 월요일", .value("2026-11-23")),
            LocaleCase("ko_KR", "지난 주 월요일", .value("2026-11-09")),
            LocaleCase("ko_KR", "낼", .value("2026-11-21")),
            LocaleCase("zh_CN", "上周五", .value("2026-11-13")),
            LocaleCase("zh_CN", "后天", .value("2026-11-22")),
            LocaleCase("de_DE", "nächste Woche", .value("2026-11-22")),
            LocaleCase("es_US", "el lunes de la próxima semana", .value("2026-11-23")),
            LocaleCase("de_DE", "Montag nächste Woche", .value("2026-11-23")),
            LocaleCase("es_US", "dentro de tres días", .unresolved),
            LocaleCase("zh_CN", "明天", .value("2026-11-21")),
            LocaleCase("zh_CN", "3月10日", .value("2027-03-10")),
            LocaleCase("zh_CN", "下周一", .value("2026-11-23")),
            LocaleCase("nl_NL", "morgen", .value("2026-11-21")),
            LocaleCase("nl_NL", "23 november", .value("2026-11-23")),
        ])
    func european(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.Date") }

    @Test(
        "English locales read numeric dates in their own order: en_GB day first, en_ZA year first",
        arguments: [
            LocaleCase("en_GB", "23/11/2026", .value("2026-11-23")),
            LocaleCase("en_GB", "11/23/2026", .unresolved),
            LocaleCase("en_US", "23/11/2026", .unresolved),
            LocaleCase("en_ZA", "2026/11/23", .value("2026-11-23")),
            LocaleCase("en_ZA", "23/11/2026", .value("2026-11-23")),
            LocaleCase("en_ZA", "11/23/2026", .unresolved),
            LocaleCase("en_GB", "tomorrow", .value("2026-11-21")),
            LocaleCase("en_GB", "next monday", .value("2026-11-23")),
        ])
    func english(_ item: LocaleCase) { expectResolution(item, as: "AMAZON.Date") }
}
