import CodeHooks
import Foundation
import MeetyTestSupport
import Testing

/// Each fixture decodes and re-encodes (pretty, sorted keys) to its committed golden; the goldens
/// are a fixpoint of decoding and encoding. `MEETY_RECORD=1` re-records (and fails on purpose).
@Suite("Wire format goldens")
struct WireFormatGoldenTests {
    private static func canonical(_ value: some Encodable) throws -> Data {
        try CodeHookJSON.encode(value, pretty: true) + Data("\n".utf8)
    }

    @Test("the four events re-encode to their goldens")
    func events() throws {
        let names = try Fixture.jsonFiles(in: "Events")
        #expect(
            names == [
                "dialog-ambiguous-time.json", "dialog-first-turn.json", "dialog-unresolved-date.json",
                "fulfillment-confirmed.json",
            ]
        )
        var files: [String: Data] = [:]
        for name in names {
            files[name] = try Self.canonical(CodeHookJSON.decodeEvent(Fixture.data("Events/\(name)")))
        }
        try GoldenFiles.assertMatches(files, directory: Fixture.url("Golden/Events"))
    }

    @Test("the four responses re-encode to their goldens")
    func responses() throws {
        let names = try Fixture.jsonFiles(in: "Responses")
        #expect(names == ["close-fulfilled.json", "confirm-intent.json", "delegate.json", "elicit-slot-cleared.json"])
        var files: [String: Data] = [:]
        for name in names {
            files[name] = try Self.canonical(CodeHookJSON.decodeResponse(Fixture.data("Responses/\(name)")))
        }
        try GoldenFiles.assertMatches(files, directory: Fixture.url("Golden/Responses"))
    }

    @Test("goldens decode to the fixture's value and re-encode byte for byte")
    func goldensAreFixpoints() throws {
        guard !GoldenFiles.isRecording else { return }
        for name in try Fixture.jsonFiles(in: "Events") {
            let golden = try Fixture.data("Golden/Events/\(name)")
            let decoded = try CodeHookJSON.decodeEvent(golden)
            #expect(decoded == (try CodeHookJSON.decodeEvent(Fixture.data("Events/\(name)"))), "\(name)")
            #expect(try Self.canonical(decoded) == golden, "\(name)")
        }
        for name in try Fixture.jsonFiles(in: "Responses") {
            let golden = try Fixture.data("Golden/Responses/\(name)")
            let decoded = try CodeHookJSON.decodeResponse(golden)
            #expect(decoded == (try CodeHookJSON.decodeResponse(Fixture.data("Responses/\(name)"))), "\(name)")
            #expect(try Self.canonical(decoded) == golden, "\(name)")
        }
    }

    @Test("compact output sorts keys, keeps slashes and writes unfilled slots as null")
    func compactOutput() throws {
        let intent = Intent(name: "BookMeeting", slots: ["MeetingTime": nil, "FullName": nil], state: .inProgress)
        let response = CodeHookResponse(
            sessionState: SessionState(
                dialogAction: DialogAction(type: .elicitSlot, slotToElicit: "MeetingTime"), intent: intent),
            messages: [.plain("Pick a time, e.g. 10:30 / 14:00")]
        )
        let text = String(decoding: try CodeHookJSON.encode(response), as: UTF8.self)
        #expect(
            text == #"{"messages":[{"content":"Pick a time, e.g. 10:30 / 14:00","contentType":"PlainText"}],"#
                + #""sessionState":{"dialogAction":{"slotToElicit":"MeetingTime","type":"ElicitSlot"},"#
                + #""intent":{"name":"BookMeeting","slots":{"FullName":null,"MeetingTime":null},"#
                + #""state":"InProgress"}}}"#
        )
    }
}
