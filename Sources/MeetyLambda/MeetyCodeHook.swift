import CodeHooks
import LexFacts

/// MeetyBot's LexLambda: the dialog and fulfillment code hooks of the `BookMeeting` intent.
///
/// The same value serves a Lambda host (events decoded from JSON) and the offline simulator. It
/// holds nothing but the injected store, clock and id generator, all `Sendable`, so one instance
/// can serve many sessions concurrently; consistency between sessions is the store's
/// insert-if-free, never state in the hook.
///
/// `handle` never throws: every event, however malformed, gets a valid response.
public struct MeetyCodeHook: CodeHook {
    /// Where meetings are checked and booked.
    public let store: any MeetingStore
    /// The conversation's clock: "today" and "now" for the past-date and past-time rules.
    public let clock: any WallClock
    /// Where new `meetingId`s come from.
    public let ids: any MeetingIDGenerator

    /// Creates the hooks.
    public init(store: any MeetingStore, clock: any WallClock, ids: any MeetingIDGenerator) {
        self.store = store
        self.clock = clock
        self.ids = ids
    }

    /// Answers one invocation: `BookMeeting` gets the booking rules; other intents are delegated
    /// (dialog) or closed as fulfilled without a message (fulfillment); an event without an intent
    /// is asked for one.
    public func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        guard let intent = event.sessionState.intent else {
            return HookResponse.elicitIntent(BookingReplies.lostIntent, event: event)
        }
        let rules = BookingRules(now: clock.now())
        switch (intent.name == BookingSlot.intentName, event.invocationSource) {
        case (true, .dialogCodeHook):
            return await dialog(event, intent: intent, rules: rules)
        case (true, .fulfillmentCodeHook):
            return await fulfill(event, intent: intent, rules: rules)
        case (false, .dialogCodeHook):
            return HookResponse.delegate(event)
        case (false, .fulfillmentCodeHook):
            return HookResponse.close(intent, state: .fulfilled, message: nil, event: event)
        }
    }
}
