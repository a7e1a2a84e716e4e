import CodeHooks
import LexFacts

/// The Lex V2 built-in slot types the simulator resolves, by their `AMAZON.` names.
///
/// Each case has a grammar per locale, documented in `docs/slot-resolution.md`: the English grammars
/// for every `en_*` locale, the locale grammars (`Locale*Grammar`) for the others. Built-ins without a
/// grammar (AMAZON.City, Country, State, StreetName, FreeFormInput, ...) are `.asSaid`: the text
/// resolves to itself — a simulator simplification, since real Lex checks them against its own
/// catalogues.
public enum BuiltInSlotType: Hashable, Sendable, CaseIterable {
    /// AMAZON.Date → `YYYY-MM-DD`.
    case date
    /// AMAZON.Time → `HH:MM`, an ambiguous pair, or `MO`/`AF`/`EV`/`NI`.
    case time
    /// AMAZON.Duration → ISO-8601 duration.
    case duration
    /// AMAZON.Number → decimal number.
    case number
    /// AMAZON.Percentage → `50%`.
    case percentage
    /// AMAZON.EmailAddress → `user@domain`.
    case emailAddress
    /// AMAZON.FirstName → one name.
    case firstName
    /// AMAZON.LastName → one name.
    case lastName
    /// AMAZON.Confirmation → `Yes`, `No`, `Maybe`, `Don't know`.
    case confirmation
    /// AMAZON.AlphaNumeric → letters and/or digits.
    case alphaNumeric
    /// AMAZON.PhoneNumber → digits with an optional leading `+`.
    case phoneNumber
    /// AMAZON.UKPostalCode → `SW1A 1AA` (en_GB only).
    case ukPostalCode
    /// Any other `AMAZON.` type: the text as said.
    case asSaid

    /// The Lex name of each type with a grammar.
    private static let names: [String: BuiltInSlotType] = [
        "amazon.date": .date, "amazon.time": .time, "amazon.duration": .duration, "amazon.number": .number,
        "amazon.percentage": .percentage, "amazon.emailaddress": .emailAddress, "amazon.firstname": .firstName,
        "amazon.lastname": .lastName, "amazon.confirmation": .confirmation, "amazon.alphanumeric": .alphaNumeric,
        "amazon.phonenumber": .phoneNumber, "amazon.ukpostalcode": .ukPostalCode,
    ]

    /// The built-in type a slot type name denotes (case-insensitive, so V1-style `AMAZON.DATE`
    /// works too); nil for a name without the `AMAZON.` prefix, which must be a custom type.
    public init?(name: String) {
        let key = name.lowercased()
        guard key.hasPrefix("amazon."), key.count > 7 else { return nil }
        self = Self.names[key] ?? .asSaid
    }

    /// Whether Lex offers the built-in type `name` in locale `localeId` (AMAZON.UKPostalCode is en_GB
    /// only, AMAZON.AlphaNumeric is not in ko_KR; `LexBuiltIns`). A type a locale lacks resolves nothing.
    public static func isAvailable(_ name: String, in localeId: String) -> Bool {
        let canonical = LexBuiltIns.slotTypes.first { $0.lowercased() == name.lowercased() } ?? name
        if let only = LexBuiltIns.slotTypesOnlyIn[canonical], !only.contains(localeId) { return false }
        if let missing = LexBuiltIns.slotTypesMissingIn[canonical], missing.contains(localeId) { return false }
        return true
    }

    /// Resolves the text of `span` under this type in American English, relative to `now`.
    public func resolve(_ span: TokenSpan, now: LocalDateTime) -> SlotResolution {
        resolve(span, now: now, lexicon: .english)
    }

    /// Resolves the text of `span` under this type in the lexicon's locale, relative to `now`.
    func resolve(_ span: TokenSpan, now: LocalDateTime, lexicon: LocaleLexicon) -> SlotResolution {
        guard !span.isEmpty else { return .unresolved(originalValue: "") }
        if let tables = lexicon.generic,
            let resolution = resolveInLocale(span, now: now, lexicon: lexicon, tables: tables)
        {
            return resolution
        }
        switch self {
        case .date: return DateResolver.resolve(span, today: now.date, orders: lexicon.numericDateOrders)
        case .time: return TimeResolver.resolve(span, partsOfDay: lexicon.partsOfDay)
        case .duration: return DurationResolver.resolve(span)
        case .number: return NumberResolver.resolveNumber(span)
        case .percentage: return NumberResolver.resolvePercentage(span)
        case .emailAddress: return EmailResolver.resolve(span, words: lexicon.emailWords)
        case .firstName, .lastName: return NameResolver.resolve(span)
        case .confirmation: return ConfirmationResolver.resolve(span, phrases: lexicon.confirmation)
        case .alphaNumeric: return CodeResolver.resolveAlphaNumeric(span)
        case .phoneNumber: return CodeResolver.resolvePhoneNumber(span)
        case .ukPostalCode: return UKPostalCodeResolver.resolve(span)
        case .asSaid: return .resolved(span.originalText, from: span.originalText)
        }
    }

    /// The locale grammars' answer, or nil for the types whose grammar is the same in every locale.
    private func resolveInLocale(
        _ span: TokenSpan, now: LocalDateTime, lexicon: LocaleLexicon, tables: GenericTables
    ) -> SlotResolution? {
        switch self {
        case .date: LocaleDateGrammar.resolve(span, today: now.date, tables: tables)
        case .time: LocaleTimeGrammar.resolve(span, tables: tables)
        case .duration: LocaleDurationGrammar.resolve(span, tables: tables)
        case .number: LocaleNumberGrammar.resolveNumber(span, tables: tables)
        case .percentage: LocaleNumberGrammar.resolvePercentage(span, tables: tables)
        case .phoneNumber: LocaleNumberGrammar.resolvePhoneNumber(span, tables: tables)
        case .confirmation: ConfirmationResolver.resolve(folded: span, phrases: lexicon.confirmation)
        case .emailAddress, .firstName, .lastName, .alphaNumeric, .ukPostalCode, .asSaid: nil
        }
    }
}
