/// A context that must be active for an intent to be recognised.
///
/// Console exports write `timeToLiveInSeconds` and `turnsToLive` on input contexts too, always
/// `null` (they mean something only on output contexts); the model keeps them so files read back
/// as written.
public struct LexInputContext: Codable, Sendable, Equatable {
    /// The context name.
    public var name: String
    /// `null` in every export; an input context has no lifetime of its own.
    public var timeToLiveInSeconds: Int?
    /// `null` in every export.
    public var turnsToLive: Int?

    /// Creates a value; absent optional keys are written as `null`.
    public init(name: String, timeToLiveInSeconds: Int? = nil, turnsToLive: Int? = nil) {
        self.name = name
        self.timeToLiveInSeconds = timeToLiveInSeconds
        self.turnsToLive = turnsToLive
    }
}

/// A context an intent activates when it is fulfilled.
public struct LexOutputContext: Codable, Sendable, Equatable {
    /// The context name.
    public var name: String
    /// How long it stays active, 5...86400 seconds.
    public var timeToLiveInSeconds: Int
    /// For how many turns it stays active, 1...20.
    public var turnsToLive: Int

    /// Creates a value; absent optional keys are written as `null`.
    public init(name: String, timeToLiveInSeconds: Int, turnsToLive: Int) {
        self.name = name
        self.timeToLiveInSeconds = timeToLiveInSeconds
        self.turnsToLive = turnsToLive
    }
}

/// The Kendra index an `AMAZON.KendraSearchIntent` searches.
public struct LexKendraConfiguration: Codable, Sendable, Equatable {
    /// The index ARN.
    public var kendraIndex: String
    /// Whether `queryFilterString` is applied.
    public var queryFilterStringEnabled: Bool?
    /// A Kendra attribute filter.
    public var queryFilterString: String?

    /// Creates a value; absent optional keys are written as `null`.
    public init(kendraIndex: String, queryFilterStringEnabled: Bool? = nil, queryFilterString: String? = nil) {
        self.kendraIndex = kendraIndex
        self.queryFilterStringEnabled = queryFilterStringEnabled
        self.queryFilterString = queryFilterString
    }
}
