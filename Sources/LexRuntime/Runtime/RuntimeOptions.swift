/// Settings of the simulator that are not part of the bot.
public struct RuntimeOptions: Sendable, Equatable {
    /// Picks message variations: `nil` always says the first message, a seed picks variations
    /// reproducibly (the same seed gives the same replies).
    public var variationSeed: UInt64?
    /// How long a code hook may take before the turn fails; `nil` waits indefinitely.
    public var hookTimeout: Duration?
    /// Whether hook responses are checked against the Lex V2 contract (turn error when invalid).
    public var validatesHookResponses: Bool

    /// Creates options.
    public init(
        variationSeed: UInt64? = nil, hookTimeout: Duration? = .seconds(30), validatesHookResponses: Bool = true
    ) {
        self.variationSeed = variationSeed
        self.hookTimeout = hookTimeout
        self.validatesHookResponses = validatesHookResponses
    }
}
