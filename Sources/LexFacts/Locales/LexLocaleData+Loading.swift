import Foundation

extension LexLocaleData {
    /// Why a locale data file cannot be used.
    public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The locale whose file is bad.
        public var locale: String
        /// What is wrong with it.
        public var message: String

        /// Creates an error.
        public init(locale: String, message: String) {
            self.locale = locale
            self.message = message
        }

        /// `locale data of 'xx_YY': message`.
        public var description: String { "locale data of '\(locale)': \(message)" }
    }

    /// The locale ids that have a data file, sorted.
    public static var fileIDs: [String] { embeddedFiles.keys.sorted() }

    /// The text of the data file of `id` as embedded in the binary, or nil.
    public static func embeddedText(of id: String) -> String? { embeddedFiles[id] }

    /// The data file of `id` alone, decoded (without the file it extends).
    /// - Throws: `LoadError` when there is no file or it is not valid locale data.
    public static func file(_ id: String) throws(LoadError) -> LexLocaleData {
        guard let text = embeddedFiles[id] else {
            throw LoadError(locale: id, message: "there is no data file")
        }
        return try decode(Data(text.utf8), locale: id)
    }

    /// The data of locale `id` with every file it extends merged in (the locale's own entries win),
    /// or `nil` when the locale has no valid data file. A data file that fails to load is reported by
    /// `LexLocaleDataTests`, never by a crash: the simulator then works from Foundation's data alone.
    public static func named(_ id: String) -> LexLocaleData? {
        var chain: [LexLocaleData] = []
        var next: String? = id
        while let current = next, chain.count < 8 {
            guard let data = try? file(current) else { break }
            chain.append(data)
            next = data.extends
        }
        guard var merged = chain.popLast() else { return nil }
        while let child = chain.popLast() { merged.merge(child) }
        merged.locale = id
        return merged
    }

    /// Decodes one data file.
    /// - Throws: `LoadError` for JSON that is malformed, has an unknown key or a value of the wrong type,
    ///   or names another locale in `locale`.
    public static func decode(_ data: Data, locale id: String) throws(LoadError) -> LexLocaleData {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw LoadError(locale: id, message: "the file is not valid JSON")
        }
        guard let root = object as? [String: Any] else {
            throw LoadError(locale: id, message: "the file is not a JSON object")
        }
        var reader = Reader(root: root, locale: id)
        let result = try reader.read()
        guard result.locale == id else {
            throw LoadError(locale: id, message: "'locale' is '\(result.locale)', not '\(id)'")
        }
        return result
    }

    /// Adds `other`'s entries (a file that extends this one): lists are joined without repeats, tables
    /// merged with `other`'s entries winning.
    public mutating func merge(_ other: LexLocaleData) {
        func join(_ lhs: [String], _ rhs: [String]) -> [String] { lhs + rhs.filter { !lhs.contains($0) } }
        func joinTable(_ lhs: [String: [String]], _ rhs: [String: [String]]) -> [String: [String]] {
            lhs.merging(rhs) { join($0, $1) }
        }
        sources.merge(other.sources) { $1 }
        builtInIntents = joinTable(builtInIntents, other.builtInIntents)
        confirmation = joinTable(confirmation, other.confirmation)
        partsOfDay = joinTable(partsOfDay, other.partsOfDay)
        timeQualifiers = joinTable(timeQualifiers, other.timeQualifiers)
        noon = join(noon, other.noon)
        midnight = join(midnight, other.midnight)
        timePrefixes = join(timePrefixes, other.timePrefixes)
        timeSuffixes = join(timeSuffixes, other.timeSuffixes)
        timePhrases += other.timePhrases.filter { !timePhrases.contains($0) }
        relativeDays.merge(other.relativeDays) { $1 }
        datePrefixes = join(datePrefixes, other.datePrefixes)
        dateSuffixes = join(dateSuffixes, other.dateSuffixes)
        weekdayPhrases = joinTable(weekdayPhrases, other.weekdayPhrases)
        monthAliases.merge(other.monthAliases) { $1 }
        weekdayAliases.merge(other.weekdayAliases) { $1 }
        dayWords.merge(other.dayWords) { $1 }
        numberWords.merge(other.numberWords) { $1 }
        counterWords.merge(other.counterWords) { $1 }
        minusWords = join(minusWords, other.minusWords)
        pointWords = join(pointWords, other.pointWords)
        percentWords = join(percentWords, other.percentWords)
        percentPrefixes = join(percentPrefixes, other.percentPrefixes)
        durationUnits = joinTable(durationUnits, other.durationUnits)
        durationHalfSuffixes = join(durationHalfSuffixes, other.durationHalfSuffixes)
        durationHalfPrefixes = join(durationHalfPrefixes, other.durationHalfPrefixes)
        durationPhrases.merge(other.durationPhrases) { $1 }
        emailWords.merge(other.emailWords) { $1 }
    }
}
