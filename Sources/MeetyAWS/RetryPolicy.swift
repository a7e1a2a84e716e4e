/// Capped exponential backoff with full jitter, as AWS recommends for throttling and 5xx answers.
///
/// The wait before retry `n` (1-based) is a uniformly random share of
/// `min(maximumDelay, baseDelay · 2^(n-1))`, so many clients that were throttled together spread
/// out instead of retrying in lockstep. The random share comes from an injected `RandomSource`.
public struct RetryPolicy: Sendable, Equatable {
    /// How many times a request is sent at most (the first try included).
    public var maximumAttempts: Int
    /// The cap of the first wait.
    public var baseDelay: Duration
    /// The largest wait, however many retries came before.
    public var maximumDelay: Duration

    /// Creates a policy; `maximumAttempts` is at least 1.
    public init(maximumAttempts: Int, baseDelay: Duration, maximumDelay: Duration) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    /// The production policy: 8 attempts, 25 ms base, 2 s cap. A Lex code hook has a few seconds
    /// to answer, so the waits stay short while still riding out a burst of throttling.
    public static let standard = RetryPolicy(
        maximumAttempts: 8, baseDelay: .milliseconds(25), maximumDelay: .seconds(2))

    /// The wait before retry `retry` (1 for the first retry), given a random `unit` in `0..<1`.
    public func delay(beforeRetry retry: Int, unit: Double) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        let ceiling = min(maximumDelay, baseDelay * (1 << exponent))
        let share = min(max(unit, 0), 1)
        return ceiling * share
    }
}
