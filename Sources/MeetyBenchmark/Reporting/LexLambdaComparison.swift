/// The original Python LexLambda on moto against meety-bot's whole process, booking for booking
/// (`meety-bench --original-lexlambda FILE.py`).
///
/// The comparison leans towards Python on purpose: its side counts only the handler calls (one
/// fulfillment event per booking, moto in process, start-up and imports left out), while meety-bot's
/// side is the wall time of a whole `meety-bot test` process (start-up, compiling the bot, loading
/// and checking the scripts, every turn of every booking through the simulator and the `meety`
/// hook, every expectation) divided by its bookings.
public struct LexLambdaComparison: Codable, Sendable, Equatable {
    /// The handler file that was run.
    public var handler: String
    /// Bookings on each side.
    public var bookings: Int
    /// The handler calls together, in milliseconds.
    public var pythonCallsMs: Double
    /// Median handler call, in microseconds.
    public var pythonP50CallUs: Double
    /// 99th-percentile handler call, in microseconds.
    public var pythonP99CallUs: Double
    /// The whole Python process (interpreter, boto3, moto, the table, the import, the calls), in milliseconds.
    public var pythonProcessMs: Double
    /// Items the handler left in the table.
    public var pythonItems: Int
    /// The whole `meety-bot test` process, in milliseconds.
    public var meetyProcessMs: Double
    /// The user turns of meety-bot's bookings.
    public var meetyTurns: Int
    /// Scripts `meety-bot test` ran at once.
    public var meetyJobs: Int

    /// Creates figures.
    public init(
        handler: String, bookings: Int, pythonCallsMs: Double, pythonP50CallUs: Double, pythonP99CallUs: Double,
        pythonProcessMs: Double, pythonItems: Int, meetyProcessMs: Double, meetyTurns: Int, meetyJobs: Int
    ) {
        self.handler = handler
        self.bookings = bookings
        self.pythonCallsMs = pythonCallsMs
        self.pythonP50CallUs = pythonP50CallUs
        self.pythonP99CallUs = pythonP99CallUs
        self.pythonProcessMs = pythonProcessMs
        self.pythonItems = pythonItems
        self.meetyProcessMs = meetyProcessMs
        self.meetyTurns = meetyTurns
        self.meetyJobs = meetyJobs
    }

    /// The Python handler's time per booking (its calls only), in microseconds.
    public var pythonPerBookingUs: Double { pythonCallsMs * 1_000 / Double(max(bookings, 1)) }
    /// meety-bot's whole-process time per booking, in microseconds.
    public var meetyPerBookingUs: Double { meetyProcessMs * 1_000 / Double(max(bookings, 1)) }
    /// How many times faster meety-bot is per booking.
    public var ratio: Double { meetyPerBookingUs > 0 ? pythonPerBookingUs / meetyPerBookingUs : 0 }
}
