/// The facts about one Lex locale that Foundation's locale data does not carry: the phrases Lex documents
/// for its built-in intents, yes/no words, parts of the day, the little words around dates and times, and
/// a few number and duration words.
///
/// Each locale has one data file, `Sources/LexFacts/LocaleData/<locale>.json`, that names its sources
/// (`sources`). `scripts/generate-locale-data.py` embeds the files in Swift source (`Generated/`), so the
/// built binary needs no resource bundle; `LexLocaleDataTests` fails when the embedded copy and the file
/// differ. Month and weekday names, digits, spelled-out numbers, ordinals, named relative days and
/// duration units are *not* here: the simulator takes them from Foundation (`Calendar`, `DateFormatter`,
/// `NumberFormatter`, the relative-date and duration format styles) for the locale.
///
/// A file may `extends` another locale's file: lists are joined and tables merged, the file's own entries
/// winning. All text is matched case- and accent-insensitively by the simulator.
public struct LexLocaleData: Sendable, Equatable {
    /// A time phrase with an hour and optionally a minute (`{hour} y media`, `{hour}시 {minute}분`).
    public struct TimePhrase: Sendable, Equatable, Hashable {
        /// The pattern: literal words with the placeholders `{hour}` and optionally `{minute}`.
        public var pattern: String
        /// Minutes added to the hour when the pattern has no `{minute}` (`y media` = 30, `halb {hour}` = -30;
        /// none means on the hour).
        public var minutes: Int?
        /// Whether a captured `{minute}` counts back from the hour (`{minute} vor {hour}`).
        public var minutesBefore: Bool

        /// Creates a time phrase.
        public init(pattern: String, minutes: Int? = nil, minutesBefore: Bool = false) {
            self.pattern = pattern
            self.minutes = minutes
            self.minutesBefore = minutesBefore
        }
    }

    /// The Lex locale id (`es_US`).
    public var locale: String
    /// The locale whose file this one builds on, if any.
    public var extends: String?
    /// Where each part of the file comes from, by part name.
    public var sources: [String: String]
    /// The common utterances of each conversational built-in intent, by signature (`AMAZON.HelpIntent`).
    public var builtInIntents: [String: [String]]
    /// AMAZON.Confirmation: phrases by resolved value (`Yes`, `No`, `Maybe`, `Don't know`).
    public var confirmation: [String: [String]]
    /// AMAZON.Time parts of the day said on their own, by Lex range code (`MO`, `AF`, `EV`, `NI`).
    public var partsOfDay: [String: [String]]
    /// Words after or before a time that make it a.m., p.m. or night (`am`, `pm`, `night`), beyond
    /// Foundation's a.m./p.m. symbols and day periods.
    public var timeQualifiers: [String: [String]]
    /// Words for twelve noon, beyond Foundation's.
    public var noon: [String]
    /// Words for midnight.
    public var midnight: [String]
    /// Words before a time that carry no meaning (`a las`, `um`).
    public var timePrefixes: [String]
    /// Words after a time that carry no meaning (`에`, `に`).
    public var timeSuffixes: [String]
    /// Hours and minutes said in words (`{hour} y media`).
    public var timePhrases: [TimePhrase]
    /// Named days relative to today, beyond Foundation's (`あした` = 1).
    public var relativeDays: [String: Int]
    /// Words before a date that carry no meaning (`el`, `am`).
    public var datePrefixes: [String]
    /// Words after a date that carry no meaning (`에`, `に`).
    public var dateSuffixes: [String]
    /// Weekday phrases by relation (`this`, `next`, `last`, `thisWeek`, `nextWeek`, `lastWeek`), each a
    /// pattern with `{weekday}`.
    public var weekdayPhrases: [String: [String]]
    /// Month names beyond Foundation's, month 1...12.
    public var monthAliases: [String: Int]
    /// Weekday names beyond Foundation's, ISO weekday 1 (Monday) ... 7 (Sunday).
    public var weekdayAliases: [String: Int]
    /// Day-of-month words beyond Foundation's numbers and ordinals (`primero` = 1).
    public var dayWords: [String: Int]
    /// Number words beyond Foundation's spelled-out cardinals (`una` = 1).
    public var numberWords: [String: Int]
    /// Number words used only before a unit or counter (Korean `세 시간`, `세 시`).
    public var counterWords: [String: Int]
    /// Words for minus.
    public var minusWords: [String]
    /// Words for the decimal point.
    public var pointWords: [String]
    /// Words for percent after a number.
    public var percentWords: [String]
    /// Words for percent before a number (`百分之`).
    public var percentPrefixes: [String]
    /// Duration unit words beyond Foundation's, by unit (`year`, `month`, `week`, `day`, `hour`, `minute`, `second`).
    public var durationUnits: [String: [String]]
    /// Words that add half a unit after it (`y media`, `반`).
    public var durationHalfSuffixes: [String]
    /// Words that make half of the unit after them (`media`, `eine halbe`).
    public var durationHalfPrefixes: [String]
    /// Whole duration phrases and their ISO-8601 values (`un quart d'heure` = `PT15M`).
    public var durationPhrases: [String: String]
    /// Spoken symbols of an email address (`arroba` = `@`).
    public var emailWords: [String: String]

    /// Creates locale data; every table is empty unless given.
    public init(locale: String, extends: String? = nil) {
        self.locale = locale
        self.extends = extends
        sources = [:]
        builtInIntents = [:]
        confirmation = [:]
        partsOfDay = [:]
        timeQualifiers = [:]
        noon = []
        midnight = []
        timePrefixes = []
        timeSuffixes = []
        timePhrases = []
        relativeDays = [:]
        datePrefixes = []
        dateSuffixes = []
        weekdayPhrases = [:]
        monthAliases = [:]
        weekdayAliases = [:]
        dayWords = [:]
        numberWords = [:]
        counterWords = [:]
        minusWords = []
        pointWords = []
        percentWords = []
        percentPrefixes = []
        durationUnits = [:]
        durationHalfSuffixes = []
        durationHalfPrefixes = []
        durationPhrases = [:]
        emailWords = [:]
    }
}
