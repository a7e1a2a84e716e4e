import CodeHooks
import LexFacts

/// The bot as the simulator runs it: what the compiled Lex model says, arranged for turn-time use.
///
/// Built once from a `LexModel` export (compiled from YAML or read from a console export), then
/// shared read-only by every session. Only the parts of the export that the documented simulator
/// semantics use are kept; everything else in the export is ignored (see docs/simulator.md).
public struct RuntimeBot: Sendable {
    /// The bot's name.
    public var name: String
    /// The bot's identifier (10 characters), reported to hooks as `bot.id`.
    public var identifier: String
    /// The locales, in the order the bot lists them.
    public var locales: [RuntimeLocale]
    /// Seconds a session lasts without input (`idleSessionTTLInSeconds`); `nil` never expires.
    public var idleSessionTTL: Int?

    /// The idle timeout a server applies to its sessions: the bot's, or Lex's default of 300 s.
    public var idleSessionTTLInSeconds: Int { idleSessionTTL ?? 300 }

    /// Creates a runtime bot.
    public init(name: String, identifier: String, locales: [RuntimeLocale], idleSessionTTL: Int? = nil) {
        self.name = name
        self.identifier = identifier
        self.locales = locales
        self.idleSessionTTL = idleSessionTTL
    }

    /// The locale with the given id.
    public func locale(_ id: String) -> RuntimeLocale? {
        locales.first { $0.id == id }
    }
}

/// One locale: its intents in locale order, its custom slot types and its NLU threshold.
public struct RuntimeLocale: Sendable {
    /// The locale id, e.g. `en_US`.
    public var id: String
    /// The NLU confidence threshold: below it, the fallback intent wins.
    public var confidenceThreshold: Double
    /// Every intent, fallback included, in locale order (ties in classification go to the earlier one).
    public var intents: [RuntimeIntent]
    /// Custom slot types by name.
    public var slotTypes: [String: CustomSlotType]

    /// Creates a locale.
    public init(id: String, confidenceThreshold: Double, intents: [RuntimeIntent], slotTypes: [String: CustomSlotType])
    {
        self.id = id
        self.confidenceThreshold = confidenceThreshold
        self.intents = intents
        self.slotTypes = slotTypes
    }

    /// The intent with the given name.
    public func intent(_ name: String) -> RuntimeIntent? {
        intents.first { $0.name == name }
    }

    /// The locale's fallback intent (parent AMAZON.FallbackIntent), if it has one.
    public var fallbackIntent: RuntimeIntent? {
        intents.first { $0.isFallback }
    }
}

/// An intent's confirmation prompt and responses.
public struct RuntimeConfirmation: Sendable {
    /// The yes/no question.
    public var prompt: [MessageGroupSpec]
    /// Failed attempts allowed before the intent fails.
    public var maxRetries: Int
    /// Said when the user declines.
    public var declination: [MessageGroupSpec]
    /// Said when retries run out, before the fallback intent's closing.
    public var failure: [MessageGroupSpec]
    /// What follows yes, no and running out of retries, and the confirmation's hooks.
    public var flow: RuntimeConfirmationFlow {
        _read { yield flowBox.value }
        set { flowBox = FlowBox(newValue) }
    }
    private var flowBox: FlowBox<RuntimeConfirmationFlow>

    /// Creates a confirmation.
    public init(
        prompt: [MessageGroupSpec],
        maxRetries: Int = 2,
        declination: [MessageGroupSpec] = [],
        failure: [MessageGroupSpec] = [],
        flow: RuntimeConfirmationFlow = .none
    ) {
        self.prompt = prompt
        self.maxRetries = maxRetries
        self.declination = declination
        self.failure = failure
        self.flowBox = FlowBox(flow)
    }
}

/// One message group: a message and its variations (plain text; `{Slot}` and `[attr]` unexpanded).
public struct MessageGroupSpec: Sendable, Equatable {
    /// The main message.
    public var message: String
    /// Alternatives picked instead of the main message when a seed is set.
    public var variations: [String]

    /// Creates a message group.
    public init(message: String, variations: [String] = []) {
        self.message = message
        self.variations = variations
    }
}

/// An immutable value behind a reference, so copying its holder costs one reference count.
final class FlowBox<Value: Sendable>: Sendable {
    /// The value.
    let value: Value

    /// Boxes `value`.
    init(_ value: Value) {
        self.value = value
    }

    /// A box of a copy of the value changed by `body` (for setters, which run while a bot is built,
    /// never per turn).
    func changed(_ body: (inout Value) -> Void) -> FlowBox<Value> {
        var copy = value
        body(&copy)
        return FlowBox(copy)
    }
}
