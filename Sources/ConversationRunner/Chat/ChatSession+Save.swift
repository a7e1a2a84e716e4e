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
        var expectations = await stage.world.recordedExpectations()
        var leftOut: Diagnostic?
        if !expectations.lines.isEmpty,
            let refusal = worldRefusals(of: scriptText(savingTo: file, expectations: expectations), file: file).first
        {
            // The world could not run the section with this hook (a hook process cannot see an
            // in-memory store): the script keeps the dialog, which it can check.
            expectations = RecordedExpectations()
            leftOut = refusal
        }
        let text = scriptText(savingTo: file, expectations: expectations)
        if let problem = settings.writeFile(
            RelativePath.absolute(file, from: settings.workingDirectory), Array(text.utf8))
        {
            return ChatReply(lines: [.err(error(problem))])
        }
        let steps = recording.steps.count
        let asserted = expectations.summary.map { " and " + $0 } ?? ""
        var lines: [ChatReply.Line] = [.out("saved \(steps) step\(steps == 1 ? "" : "s")\(asserted) to \(file)")]
        if let leftOut { lines.append(.out("left out the world's expectations: \(leftOut.message)")) }
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
        scriptText(savingTo: file, expectations: await stage.world.recordedExpectations())
    }

    /// The conversation script for the chat so far, as it is saved to `file`, with the world's
    /// `expect:` section.
    func scriptText(savingTo file: String, expectations: RecordedExpectations) -> String {
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
        return writer.text(for: recording, expectations: expectations.lines)
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
        if settings.bot.hook.name != settings.testHook.name {
            options.append("--code-hook \(settings.bot.hook.name)")
        }
        return options
    }

    /// What the world says against running the saved `text` with the chat's hook (an `expect:`
    /// section a hook process cannot reach), before anything runs.
    func worldRefusals(of text: String, file: String) -> [Diagnostic] {
        var bag = DiagnosticBag()
        guard let script = ConversationLoader().load(text, file: file, into: &bag)?.scripts.first else { return [] }
        return settings.world.check(script, hook: settings.bot.hook)
    }

    /// The problems found when `text` is loaded, checked against the bot and run: none when the
    /// saved script passes.
    func replay(_ text: String, file: String) async -> [Diagnostic] {
        var bag = DiagnosticBag()
        guard let loaded = ConversationLoader().load(text, file: file, into: &bag), let script = loaded.scripts.first
        else { return bag.diagnostics.filter { $0.severity == .error } }
        let problems = ConversationChecker().check(script, against: settings.bot.outline)
        guard problems.isEmpty else { return problems }
        let options = RunOptions(turnTimeout: settings.hookTimeout, world: settings.world)
        return await ScriptRunner(bot: settings.bot, options: options).run(script).failures
    }
}
