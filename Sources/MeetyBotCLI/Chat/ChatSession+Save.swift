import ConversationRunner
import Conversations
import Foundation
import MeetyDiagnostics

extension ChatSession {
    /// Writes the chat so far to `file` as a conversation script, then replays the script on a
    /// fresh simulator and store to prove it passes, as `meety-bot test` will run it.
    mutating func save(to file: String) async -> ChatReply {
        guard !recording.steps.isEmpty else {
            return ChatReply(lines: [.err(error("nothing to save yet: say something to the bot first"))])
        }
        let text = await scriptText(savingTo: file)
        var bag = DiagnosticBag()
        OutputFiles.write(
            Data(text.utf8), to: RelativePath.absolute(file, from: settings.workingDirectory), into: &bag)
        guard !bag.hasErrors else {
            return ChatReply(lines: bag.diagnostics.map { .err(error($0.message)) })
        }
        let steps = recording.steps.count
        let created = await store.allMeetings().count
        var lines: [ChatReply.Line] = [
            .out(
                "saved \(steps) step\(steps == 1 ? "" : "s") and \(created) created meeting\(created == 1 ? "" : "s") "
                    + "to \(file)")
        ]
        let failures = await replay(text, file: file)
        if failures.isEmpty {
            lines.append(.out("replayed it: it passes; run it with: \(testCommand(for: file))"))
        } else {
            lines.append(.err(error("the saved script does not replay as recorded; please report this:")))
            lines += failures.map { .err("  " + DiagnosticFormatter.plain.line(for: $0)) }
        }
        return ChatReply(lines: lines)
    }

    /// The conversation script for the chat so far, as it is saved to `file`.
    func scriptText(savingTo file: String) async -> String {
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var writer = ScriptWriter(
            name: name.isEmpty ? "chat" : name,
            botPath: settings.botFile.map {
                RelativePath.of($0, relativeToFolderOf: file, in: settings.workingDirectory)
            },
            locale: settings.locale,
            now: settings.now.iso
        )
        if !testOptions.isEmpty { writer.comments = ["Run with: " + testCommand(for: file)] }
        writer.slotOrder = formatter.slotOrder
        // The chat's store starts empty, so every record in it was created during the chat.
        return writer.text(for: recording, created: await store.allMeetings())
    }

    /// The command that runs the saved script as the chat ran it.
    func testCommand(for file: String) -> String {
        (["meety-bot test"] + testOptions + [file]).joined(separator: " ")
    }

    /// The options `meety-bot test` needs to run a saved script as the chat did: `--lex DIR` for a
    /// Lex export (a script can only name a YAML bot), `--code-hook` when the chat chose another
    /// hook than the bot's own.
    var testOptions: [String] {
        var options: [String] = []
        if settings.botFile == nil { options.append("--lex \(settings.bot.source)") }
        if settings.bot.hook.rawValue != settings.testHook.rawValue {
            options.append("--code-hook \(settings.bot.hook.rawValue)")
        }
        return options
    }

    /// The problems found when `text` is loaded, checked against the bot and run: none when the
    /// saved script passes.
    func replay(_ text: String, file: String) async -> [Diagnostic] {
        var bag = DiagnosticBag()
        guard let loaded = ConversationLoader().load(text, file: file, into: &bag), let script = loaded.scripts.first
        else { return bag.diagnostics.filter { $0.severity == .error } }
        let problems = ConversationChecker().check(script, against: settings.bot.outline)
        guard problems.isEmpty else { return problems }
        return await ScriptRunner(bot: settings.bot, options: RunOptions()).run(script).failures
    }
}
