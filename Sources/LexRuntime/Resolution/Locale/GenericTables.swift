import LexFacts

/// The words and shapes the locale grammars read in one non-English locale, built once from
/// Foundation's locale data (`FoundationLocale`) and the locale's data file (`LexLocaleData`).
struct GenericTables: Sendable {
    /// How a weekday phrase places its day.
    enum WeekdayRelation: String, Sendable {
        case this, next, last, thisWeek, nextWeek, lastWeek
    }

    /// A calendar period a relative phrase names (`la próxima semana`).
    enum Period: Sendable {
        case week, month, year
    }

    /// A time phrase with its minutes rule.
    struct TimeShape: Sendable {
        var pattern: PhrasePattern
        /// Minutes added to the hour when the pattern reads no minute.
        var minutes: Int
        /// Whether a read minute counts back from the hour.
        var minutesBefore: Bool
    }

    /// The words the pattern fields read.
    var vocabulary = PhraseVocabulary()
    /// Date shapes from Foundation's templates (`d 'de' MMMM 'de' y`, `y. M. d.`).
    var datePatterns: [PhrasePattern] = []
    /// Weekday phrases of the data file, and the weekday alone (`this`).
    var weekdayPatterns: [(PhrasePattern, WeekdayRelation)] = []
    /// Named days: phrase → days from today (`pasado mañana` = 2).
    var relativeDays = PhraseTable<Int>()
    /// Named periods: phrase → (period, -1 last / 0 this / 1 next).
    var relativePeriods = PhraseTable<RelativePeriod>()
    /// Offsets: phrase → (unit, amount) (`dentro de 3 días`, `3일 후`).
    var offsets = PhraseTable<Offset>()
    /// Words around a date that carry no meaning, longest first.
    var datePrefixes: [String] = []
    var dateSuffixes: [String] = []

    /// Time shapes: Foundation's (`a h시`, `HH 'Uhr'`) and the data file's (`{hour} y media`).
    var timeShapes: [TimeShape] = []
    /// Parts of the day said alone → `MO`, `AF`, `EV`, `NI`.
    var partsOfDay = PhraseTable<String>()
    /// Words for noon (12:00) and midnight (00:00).
    var noonAndMidnight = PhraseTable<Int>()
    /// Words around a time that carry no meaning, longest first.
    var timePrefixes: [String] = []
    var timeSuffixes: [String] = []

    /// The decimal and grouping separators of written numbers.
    var decimalSeparator: Character = "."
    var groupingSeparator: Character = ","
    /// Words for minus and the decimal point, and percent words after and before a number.
    var minusWords: [String] = []
    var pointWords: [String] = []
    var percentWords: [String] = []
    var percentPrefixes: [String] = []
    /// Single digits spelled out, for phone numbers.
    var digitWords = PhraseTable<Int>()

    /// Duration units → the unit.
    var durationUnits = PhraseTable<DurationResolver.Unit>()
    /// Words between the parts of a duration (`y`, `,`), longest first.
    var durationConnectors: [String] = []
    var durationHalfSuffixes: [String] = []
    var durationHalfPrefixes: [String] = []
    /// Whole duration phrases → ISO-8601.
    var durationPhrases = PhraseTable<String>()

    /// A named period and its direction.
    struct RelativePeriod: Sendable {
        var period: Period
        var direction: Int
    }

    /// An offset from today.
    struct Offset: Sendable {
        var unit: FoundationLocale.Unit
        var amount: Int
    }

    /// Builds the tables of a locale.
    init(data: LexLocaleData, foundation: FoundationLocale) {
        buildNumbers(data: data, foundation: foundation)
        buildDates(data: data, foundation: foundation)
        buildTimes(data: data, foundation: foundation)
        buildDurations(data: data, foundation: foundation)
    }

    /// Folded phrases sorted longest first, so that stripping tries `para el` before `para`.
    static func folded(_ phrases: [String]) -> [String] {
        Array(Set(phrases.map(TextFold.fold).filter { !$0.isEmpty })).sorted { ($0.count, $0) > ($1.count, $1) }
    }
}
