import CodeHooks
import Foundation
import LexFacts
import MeetyDiagnostics
import MeetyTestSupport
import MeetyWorld
import Testing

@testable import ConversationRunner

/// Chats driven in process, on bots loaded exactly as `meety-bot chat` loads them.
enum ChatFixture {
    /// The repository's MeetyBot, with its LexLambda hooks.
    static let meetyBotFile = TestResources.path("bots/meetybot.yaml").path

    /// The hooks `meety-bot` offers.
    static let hooks = CodeHookCatalog([MeetyHookSpec()])

    /// A chat on the bot in `botFile`, saving relative to `workingDirectory`.
    static func chat(
        botFile: String = meetyBotFile,
        workingDirectory: String,
        hook: (any CodeHookSpec)? = nil,
        now: String = "2026-01-05T09:00"
    ) async throws -> ChatSession {
        var bag = DiagnosticBag()
        var bots = BotCatalog(files: TestFiles(), hooks: hooks, hookOverride: nil, exportHook: MeetyHookSpec())
        let path = RelativePath.absolute(botFile, from: workingDirectory)
        var bot = try #require(bots.yamlBot(path, into: &bag), "\(bag.diagnostics.map(\.message))")
        let testHook = bot.hook
        if let hook { bot.hook = hook }
        let settings = ChatSession.Settings(
            bot: bot, botFile: path, testHook: testHook, world: MeetingsWorld(),
            now: try #require(LocalDateTime(iso: now)), locale: nil, workingDirectory: workingDirectory,
            writeFile: TestFiles.write)
        return try await ChatSession.start(settings)
    }

    /// Sends each line and returns the reply to the last one; no line may print an error.
    @discardableResult
    static func send(_ lines: [String], to chat: inout ChatSession) async -> ChatReply {
        var last = ChatReply()
        for line in lines {
            last = await chat.handle(line)
            #expect(last.errText.isEmpty, "'\(line)' failed: \(last.errText)")
        }
        return last
    }

    /// The lines that book a 30-minute meeting for `name` on 2026-01-06 at `time`, confirmed.
    static func booking(_ name: String, at time: String, minutes: Int = 30) -> [String] {
        [
            "book a meeting on 2026-01-06 at \(time)", name, "\(minutes) minutes",
            "\(name.lowercased())@example.com", "yes",
        ]
    }
}

/// The disk, read as the command line reads it (tests write workspaces of their own).
struct TestFiles: SourceFiles {
    func read(_ path: String, into bag: inout DiagnosticBag) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            bag.error(.unreadableFile, "cannot read '\(path)'", at: .startOf(path))
            return nil
        }
        return [UInt8](data)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func yamlFiles(in directory: String) -> [String] {
        let found = (try? FileManager.default.subpathsOfDirectory(atPath: directory)) ?? []
        return found.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { directory + "/" + $0 }.sorted()
    }

    /// Writes a saved chat, creating folders; the error's description when it cannot.
    @Sendable static func write(_ path: String, _ bytes: [UInt8]) -> String? {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
            return nil
        } catch {
            return "cannot write '\(path)': \(error.localizedDescription)"
        }
    }
}
