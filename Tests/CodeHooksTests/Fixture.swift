import CodeHooks
import Foundation
import MeetyTestSupport

/// The committed test data under `Tests/CodeHooksTests/Fixtures`, read from the source tree so
/// that `MEETY_RECORD=1` rewrites the files that are committed.
enum Fixture {
    static let root = TestResources.path("Tests/CodeHooksTests/Fixtures")

    static func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: url(relative))
    }

    static func event(_ name: String) throws -> CodeHookEvent {
        try CodeHookJSON.decodeEvent(data("Events/\(name).json"))
    }

    static func response(_ name: String) throws -> CodeHookResponse {
        try CodeHookJSON.decodeResponse(data("Responses/\(name).json"))
    }

    /// The JSON files directly in a fixture folder, sorted.
    static func jsonFiles(in folder: String) throws -> [String] {
        try GoldenFiles.listFiles(under: url(folder)).filter { $0.hasSuffix(".json") && !$0.contains("/") }
    }

    /// The MeetyBot intents and slots, as the simulator would pass them to the validator.
    static let meetyBotSlots: [String: [String]] = [
        "BookMeeting": ["FullName", "MeetingDate", "MeetingTime", "MeetingDuration", "AttendeeEmail"],
        "FallbackIntent": [],
        "StartMeety": [],
    ]
}
