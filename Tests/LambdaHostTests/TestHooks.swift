import CodeHooks
import Foundation
import LambdaHost
import MeetyTestSupport
import Synchronization

/// A hook that closes every intent as fulfilled with a fixed message.
struct ClosingHook: CodeHook {
    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        var intent = event.sessionState.intent
        intent?.state = .fulfilled
        return CodeHookResponse(
            sessionState: SessionState(dialogAction: DialogAction(type: .close), intent: intent),
            messages: [.plain("Done.")])
    }
}

/// A hook that always throws.
struct FailingHook: CodeHook {
    struct StoreDown: Error, CustomStringConvertible {
        var description: String { "the calendar backend is down" }
    }

    func handle(_ event: CodeHookEvent) async throws -> CodeHookResponse {
        throw StoreDown()
    }
}

/// Collects log lines.
final class CapturedLog: LogSink, Sendable {
    private let lines = Mutex<[String]>([])

    func write(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    var all: [String] { lines.withLock { $0 } }
}

/// A real Lex V2 fulfillment event from the CodeHooks fixtures.
enum SampleEvents {
    static var fulfillment: Data {
        get throws {
            try Data(contentsOf: TestResources.path("Tests/CodeHooksTests/Fixtures/Events/fulfillment-confirmed.json"))
        }
    }
}
