import ArgumentParser
import ConversationRunner
import Conversations
import Foundation
import LexFacts
import MeetyDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `meety-bot chat`: talk to the bot on the simulator and its hooks, with the dialog state shown
/// after every reply, and save the session as a conversation script.
///
/// A thin shell over the library's `ChatSession`: it loads the bot as `meety-bot test` does, then
/// reads lines from standard input (a terminal or a pipe) until `:quit` or the end of input.
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with the bot offline, with its state shown after each reply; :save keeps it as a test.",
        discussion: """
            Reads lines from standard input, so it also works with piped input. Type :help in the \
            chat for its commands.
            """
    )

    @OptionGroup var botOptions: BotOptions

    @Option(
        help: ArgumentHelp(
            "The clock for slot resolution and the hooks; never the real date.", valueName: "YYYY-MM-DDTHH:MM"))
    var now = ScriptClock.defaultText

    @Option(help: ArgumentHelp("The bot locale to talk to (default: the bot's first locale).", valueName: "id"))
    var locale: String?

    @Option(help: ArgumentHelp("The session the chat starts in.", valueName: "name"))
    var session = ConversationScript.defaultSessionName

    func validate() throws {
        if Self.clock(now) == nil {
            throw ValidationError(
                "--now must be a real date and time written as YYYY-MM-DDTHH:MM, such as 2026-01-05T09:00")
        }
        if !ConversationScript.isValidUserLabel(session) {
            throw ValidationError("--session must be a user label of 1 to 100 characters")
        }
    }

    func run() async throws {
        let console = Console.standard
        var bag = DiagnosticBag()
        // Two workers for a hook in its own process: the chat's, and the one `:save` replays the
        // saved script on while the chat keeps its own (one would wait for the other forever).
        guard var bots = botOptions.botCatalog(jobs: 2, applyingOverride: false, into: &bag) else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        let botFile = botOptions.lex == nil ? (botOptions.bot ?? bots.defaultBotFile(into: &bag)) : nil
        let loaded =
            botOptions.lex.map { bots.exportedBot($0, into: &bag) } ?? botFile.flatMap { bots.yamlBot($0, into: &bag) }
        guard var chosen = loaded, !bag.hasErrors, let world = await botOptions.world(into: &bag) else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        console.report(bag.diagnostics)
        let testHook = chosen.hook
        do {
            if let hook = try botOptions.overrideHook(from: bots.hooks) { chosen.hook = hook }
        } catch {
            console.err("error: --code-hook: \(error.message)\n")
            await TestCommand.shutDown(bots.hookSpecs)
            throw ExitCode.failure
        }
        for line in chosen.hook.headerNotes { console.out(line) }
        if let locale, chosen.bot.locale(locale) == nil {
            let known = chosen.bot.locales.map(\.id).joined(separator: ", ")
            console.err("error: bot '\(chosen.bot.name)' has no locale '\(locale)' (locales: \(known))\n")
            throw ExitCode.failure
        }
        let colored = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let settings = ChatSession.Settings(
            bot: chosen, botFile: botFile, testHook: testHook, world: world, now: Self.clock(now)!, locale: locale,
            firstSession: session, workingDirectory: FileManager.default.currentDirectoryPath, colored: colored,
            hookTimeout: botOptions.hookTimeout, writeFile: Self.write)
        var chat: ChatSession
        do {
            chat = try await ChatSession.start(settings)
        } catch {
            console.err("error: \(error.message)\n")
            await TestCommand.shutDown(bots.hookSpecs + [chosen.hook])
            throw ExitCode.failure
        }
        for line in chat.banner { console.out(line) }
        let interactive = isatty(0) == 1
        while true {
            if interactive { console.write(chat.prompt) }
            guard let line = readLine(strippingNewline: true) else {
                if interactive { console.out("") }
                break
            }
            if !interactive { console.out(chat.prompt + line) }
            let reply = await chat.handle(line)
            for output in reply.lines {
                switch output {
                case .out(let text): console.out(text)
                case .err(let text): console.err(Self.paintingError(text, colored: console.colored) + "\n")
                }
            }
            if reply.quit { break }
        }
        await chat.finish()
        await TestCommand.shutDown(bots.hookSpecs + [chosen.hook])
        await world.finish()
    }

    /// Writes a saved script; the message when it cannot.
    @Sendable static func write(_ path: String, _ bytes: [UInt8]) -> String? {
        var bag = DiagnosticBag()
        OutputFiles.write(Data(bytes), to: path, into: &bag)
        return bag.diagnostics.first?.message
    }

    /// `text` with a leading `error:` in bold red when standard error shows colour.
    static func paintingError(_ text: String, colored: Bool) -> String {
        guard colored, text.hasPrefix("error:") else { return text }
        return "\u{1B}[1;31merror:\u{1B}[0m" + text.dropFirst("error:".count)
    }

    /// The clock `--now` names, or `nil` when it is not exactly `YYYY-MM-DDTHH:MM`.
    static func clock(_ text: String) -> LocalDateTime? {
        guard let checked = ScriptClock(Located(text, at: .startOf("--now"))) else { return nil }
        return LocalDateTime(iso: checked.iso)
    }
}
