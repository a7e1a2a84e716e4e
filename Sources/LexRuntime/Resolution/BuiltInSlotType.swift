import CodeHooks
import LexFacts

/// The Lex V2 built-in slot types the simulator resolves, by their `AMAZON.` names.
///
/// Each case has a grammar documented in `docs/slot-resolution.md`. Built-ins without a grammar
/// here (AMAZON.City, Country, State, StreetName, FreeFormInput, ...) are `.asSaid`: the text
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
    /// AMAZON.FirstName → one name token.
    case firstName
    /// AMAZON.LastName → one name token.
    case lastName
    /// AMAZON.Confirmation → `Yes`, `No`, `Maybe`, `Don't know`.
    case confirmation
    /// AMAZON.AlphaNumeric → letters and/or digits.
    case alphaNumeric
    /// AMAZON.PhoneNumber → digits with an optional leading `+`.
    case phoneNumber
    /// Any other `AMAZON.` type: the text as said.
    case asSaid

    /// The Lex name of each type with a grammar.
    private static let names: [String: BuiltInSlotType] = [
        "amazon.date": .date, "amazon.time": .time, "amazon.duration": .duration, "amazon.number": .number,
        "amazon.percentage": .percentage, "amazon.emailaddress": .emailAddress, "amazon.firstname": .firstName,
        "amazon.lastname": .lastName, "amazon.confirmation": .confirmation, "amazon.alphanumeric": .alphaNumeric,
        "amazon.phonenumber": .phoneNumber,
    ]

    /// The built-in type a slot type name denotes (case-insensitive, so V1-style `AMAZON.DATE`
    /// works too); nil for a name without the `AMAZON.` prefix, which must be a custom type.
    public init?(name: String) {
        let key = name.lowercased()
        guard key.hasPrefix("amazon."), key.count > 7 else { return nil }
        self = Self.names[key] ?? .asSaid
    }

    /// Resolves the text of `span` under this type, relative to `now`.
    public func resolve(_ span: TokenSpan, now: LocalDateTime) -> SlotResolution {
        guard !span.isEmpty else { return .unresolved(originalValue: "") }
        switch self {
        case .date: return DateResolver.resolve(span, today: now.date)
        case .time: return TimeResolver.resolve(span)
        case .duration: return DurationResolver.resolve(span)
        case .number: return NumberResolver.resolveNumber(span)
        case .percentage: return NumberResolver.resolvePercentage(span)
        case .emailAddress: return EmailResolver.resolve(span)
        case .firstName, .lastName: return NameResolver.resolve(span)
        case .confirmation: return ConfirmationResolver.resolve(span)
        case .alphaNumeric: return CodeResolver.resolveAlphaNumeric(span)
        case .phoneNumber: return CodeResolver.resolvePhoneNumber(span)
        case .asSaid: return .resolved(span.originalText, from: span.originalText)
        }
    }
}
