import Foundation
import MeetyAWS

/// An `HTTPTransport` that answers from a script, in order, and records every request: the
/// network stand-in for client tests.
actor ScriptedTransport: HTTPTransport {
    /// One scripted answer: a response, or a failure to reach the server.
    enum Answer {
        case response(Int, String)
        case failure(String)
    }

    struct Unreachable: Error, CustomStringConvertible {
        var description: String
    }

    private var answers: [Answer]
    private(set) var requests: [HTTPRequestData] = []

    init(_ answers: [Answer]) {
        self.answers = answers
    }

    func send(_ request: HTTPRequestData, timeout: Duration?) async throws -> HTTPResponseData {
        requests.append(request)
        guard !answers.isEmpty else { throw Unreachable(description: "no scripted answer left") }
        switch answers.removeFirst() {
        case .response(let status, let body):
            return HTTPResponseData(status: status, body: Data(body.utf8))
        case .failure(let reason):
            throw Unreachable(description: reason)
        }
    }
}

/// A `Sleeper` that records the waits instead of waiting.
actor RecordingSleeper: Sleeper {
    private(set) var waits: [Duration] = []

    func sleep(for duration: Duration) async throws {
        waits.append(duration)
    }
}

/// A `RandomSource` that always answers the same value.
struct ConstantRandom: RandomSource {
    var value: Double

    func nextUnit() -> Double { value }
}
