/// One line of the server's request log: what was asked, how it was answered, how long it took and
/// for which session.
public struct RequestLogEntry: Sendable, Equatable {
    /// The HTTP method.
    public var method: String
    /// The request path (without the query), as sent.
    public var path: String
    /// The answer's status.
    public var status: Int
    /// The time from the complete request to the answer, in milliseconds.
    public var milliseconds: Double
    /// The session the request named, if it named one.
    public var sessionId: String?
    /// The error answered, if any.
    public var error: LexAPIError?

    /// Creates an entry.
    public init(
        method: String, path: String, status: Int, milliseconds: Double, sessionId: String?, error: LexAPIError? = nil
    ) {
        self.method = method
        self.path = path
        self.status = status
        self.milliseconds = milliseconds
        self.sessionId = sessionId
        self.error = error
    }

    /// `POST /bots/…/text 200 1.4 ms session alice` (`session -` when none was named), followed by
    /// `: DependencyFailedException: …` for an error answer.
    public var line: String {
        let tenths = (milliseconds * 10).rounded() / 10
        let text =
            "\(APIRoute.printable(method)) \(APIRoute.printable(path)) \(status) \(tenths) ms "
            + "session \(sessionId ?? "-")"
        guard let error else { return text }
        return text + ": " + APIRoute.printable(error.description, limit: 500)
    }
}
