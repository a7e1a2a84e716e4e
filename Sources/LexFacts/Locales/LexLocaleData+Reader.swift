extension LexLocaleData {
    /// The keys a data file may have.
    static let fileKeys: Set<String> = [
        "locale", "extends", "sources", "notes", "builtInIntents", "confirmation", "partsOfDay", "timeQualifiers",
        "noon", "midnight", "timePrefixes", "timeSuffixes", "timePhrases", "relativeDays", "datePrefixes",
        "dateSuffixes", "weekdayPhrases", "monthAliases", "weekdayAliases", "dayWords", "numberWords",
        "counterWords", "minusWords", "pointWords", "percentWords", "percentPrefixes", "durationUnits",
        "durationHalfSuffixes", "durationHalfPrefixes", "durationPhrases", "emailWords",
    ]

    /// The values AMAZON.Confirmation resolves to.
    public static let confirmationValues = ["Yes", "No", "Maybe", "Don't know"]
    /// The Lex range codes of AMAZON.Time's parts of the day.
    public static let partOfDayCodes = ["MO", "AF", "EV", "NI"]
    /// The qualifiers a time may have.
    public static let timeQualifierKinds = ["am", "pm", "night"]
    /// How a weekday phrase places its day relative to today.
    public static let weekdayRelations = ["this", "next", "last", "thisWeek", "nextWeek", "lastWeek"]
    /// The units of a duration.
    public static let durationUnitNames = ["year", "month", "week", "day", "hour", "minute", "second"]

    /// Reads a decoded JSON object strictly: unknown keys, wrong types and out-of-range values are errors.
    struct Reader {
        let root: [String: Any]
        let locale: String

        func fail(_ message: String) -> LoadError { LoadError(locale: locale, message: message) }

        func read() throws(LoadError) -> LexLocaleData {
            for key in root.keys where !LexLocaleData.fileKeys.contains(key) {
                throw fail("unknown key '\(key)'")
            }
            guard let id = root["locale"] as? String else { throw fail("'locale' is missing or not a string") }
            var data = LexLocaleData(locale: id, extends: try optionalString("extends"))
            data.sources = try strings("sources")
            guard !data.sources.isEmpty else { throw fail("'sources' must name where the data comes from") }
            data.builtInIntents = try lists("builtInIntents", keys: Set(LexBuiltIns.conversationalIntents))
            data.confirmation = try lists("confirmation", keys: Set(LexLocaleData.confirmationValues))
            data.partsOfDay = try lists("partsOfDay", keys: Set(LexLocaleData.partOfDayCodes))
            data.timeQualifiers = try lists("timeQualifiers", keys: Set(LexLocaleData.timeQualifierKinds))
            data.noon = try list("noon")
            data.midnight = try list("midnight")
            data.timePrefixes = try list("timePrefixes")
            data.timeSuffixes = try list("timeSuffixes")
            data.timePhrases = try timePhrases()
            data.relativeDays = try numbers("relativeDays", in: -7...7)
            data.datePrefixes = try list("datePrefixes")
            data.dateSuffixes = try list("dateSuffixes")
            data.weekdayPhrases = try lists("weekdayPhrases", keys: Set(LexLocaleData.weekdayRelations))
            for (relation, patterns) in data.weekdayPhrases {
                for pattern in patterns where !pattern.contains("{weekday}") {
                    throw fail("weekday phrase '\(pattern)' (\(relation)) has no {weekday}")
                }
            }
            data.monthAliases = try numbers("monthAliases", in: 1...12)
            data.weekdayAliases = try numbers("weekdayAliases", in: 1...7)
            data.dayWords = try numbers("dayWords", in: 1...31)
            data.numberWords = try numbers("numberWords", in: 0...1_000_000)
            data.counterWords = try numbers("counterWords", in: 0...1_000_000)
            data.minusWords = try list("minusWords")
            data.pointWords = try list("pointWords")
            data.percentWords = try list("percentWords")
            data.percentPrefixes = try list("percentPrefixes")
            data.durationUnits = try lists("durationUnits", keys: Set(LexLocaleData.durationUnitNames))
            data.durationHalfSuffixes = try list("durationHalfSuffixes")
            data.durationHalfPrefixes = try list("durationHalfPrefixes")
            data.durationPhrases = try strings("durationPhrases")
            for (phrase, value) in data.durationPhrases where !value.hasPrefix("P") || value.count < 3 {
                throw fail("duration phrase '\(phrase)' has '\(value)', which is no ISO-8601 duration")
            }
            data.emailWords = try strings("emailWords")
            if root["notes"] != nil, !(root["notes"] is String) { throw fail("'notes' is not a string") }
            return data
        }

        func optionalString(_ key: String) throws(LoadError) -> String? {
            guard let value = root[key] else { return nil }
            guard let text = value as? String, !text.isEmpty else { throw fail("'\(key)' is not a string") }
            return text
        }

        func list(_ key: String, in object: [String: Any]? = nil) throws(LoadError) -> [String] {
            guard let value = (object ?? root)[key] else { return [] }
            guard let items = value as? [String], items.allSatisfy({ !$0.isEmpty }) else {
                throw fail("'\(key)' is not a list of non-empty strings")
            }
            return items
        }

        func strings(_ key: String) throws(LoadError) -> [String: String] {
            guard let value = root[key] else { return [:] }
            guard let table = value as? [String: String] else { throw fail("'\(key)' is not a table of strings") }
            return table
        }

        func lists(_ key: String, keys allowed: Set<String>) throws(LoadError) -> [String: [String]] {
            guard let value = root[key] else { return [:] }
            guard let table = value as? [String: Any] else { throw fail("'\(key)' is not a table") }
            var result: [String: [String]] = [:]
            for (name, _) in table {
                guard allowed.contains(name) else { throw fail("'\(key)' has the unknown entry '\(name)'") }
                result[name] = try list(name, in: table)
            }
            return result
        }

        func numbers(_ key: String, in range: ClosedRange<Int>) throws(LoadError) -> [String: Int] {
            guard let value = root[key] else { return [:] }
            guard let table = value as? [String: Any] else { throw fail("'\(key)' is not a table") }
            var result: [String: Int] = [:]
            for (word, number) in table {
                guard let integer = number as? Int, range.contains(integer) else {
                    throw fail("'\(key)' gives '\(word)' a value outside \(range.lowerBound)...\(range.upperBound)")
                }
                result[word] = integer
            }
            return result
        }

        func timePhrases() throws(LoadError) -> [TimePhrase] {
            guard let value = root["timePhrases"] else { return [] }
            guard let items = value as? [[String: Any]] else { throw fail("'timePhrases' is not a list of tables") }
            var phrases: [TimePhrase] = []
            for item in items {
                for key in item.keys where !["pattern", "minutes", "minutesBefore"].contains(key) {
                    throw fail("a time phrase has the unknown key '\(key)'")
                }
                guard let pattern = item["pattern"] as? String, pattern.contains("{hour}") else {
                    throw fail("a time phrase has no pattern with {hour}")
                }
                let minutes = item["minutes"] as? Int
                guard item["minutes"] == nil || (minutes.map { (-59...59).contains($0) } ?? false) else {
                    throw fail("time phrase '\(pattern)' has minutes outside -59...59")
                }
                guard minutes == nil || !pattern.contains("{minute}") else {
                    throw fail("time phrase '\(pattern)' has both {minute} and 'minutes'")
                }
                let before = item["minutesBefore"] as? Bool ?? false
                phrases.append(TimePhrase(pattern: pattern, minutes: minutes, minutesBefore: before))
            }
            return phrases
        }
    }
}
