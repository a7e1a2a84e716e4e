import ArgumentParser
import CodeHooks
import ConversationRunner
import Conversations
import Foundation
import MeetyDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `meety-bot chat`: talk to the bot on the simulator and its hooks, with the dialog state shown
/// after every reply, and save the session as a conversation script.
///
/// A thin shell over `ChatSession`: it loads the bot as `meety-bot test` does, then reads lines
/// from standard input (a terminal or a pipe) until `:quit` or the end of input.
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with the bot offline, with its state shown after each reply; :save keeps it as a test.",
        discussion: """
            Reads lines from standard input, so it also works with piped input. Type :help in the \
            chat for its commands.
            """
    )

    @Option(help: ArgumentHelp("The bot YAML file (default: the one file in bots/).", valueName: "file"))
    var bot: String?

    @Option(help: ArgumentHelp("Chat with a Lex export (directory or zip) instead of a YAML bot.", valueName: "dir"))
    var lex: String?

    @Option(
        help: ArgumentHelp(
            "The clock for slot resolution and the hooks; never the real date.", valueName: "YYYY-MM-DDTHH:MM"))
    var now = ScriptClock.defaultText

    @Option(help: ArgumentHelp("The bot locale to talk to (default: the bot's first locale).", valueName: "id"))
    var locale: String?

    @Option(help: ArgumentHelp("The session the chat starts in.", valueName: "name"))
    var session = ConversationScript.defaultSessionName

    @Option(
        help: ArgumentHelp(
            "The code hook: meety (the MeetyBot LexLambda) or none (default: the bot's codeHook).",
            valueName: "meety|none"))
    var codeHook: String?

    func validate() throws {
        if bot != nil && lex != nil { throw ValidationError("use either --bot or --lex, not both") }
        if Self.clock(now) == nil {
            throw ValidationError(
                "--now must be a real date and time written as YYYY-MM-DDTHH:MM, such as 2026-01-05T09:00")
        }
        if !ChatInput.isValidSessionName(session) {
            throw ValidationError("--session must be 2 to 100 letters, digits, '.', '_', ':' or '-'")
        }
        if let codeHook, BotUnderTestHook.kind(codeHook) == nil {
            throw ValidationError("--code-hook must be meety or none")
        }
    }

    func run() async throws {
        let console = Console.standard
        var bag = DiagnosticBag()
        var resolver = BotResolver(hookOverride: nil)
        let botFile = lex == nil ? (bot ?? BotResolver.defaultBotFile(into: &bag)) : nil
        let loaded =
            lex.map { resolver.exportedBot($0, into: &bag) } ?? botFile.flatMap { resolver.yamlBot($0, into: &bag) }
        guard var chosen = loaded, !bag.hasErrors else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        console.report(bag.diagnostics)
        let testHook = chosen.hook
        if let codeHook, let kind = BotUnderTestHook.kind(codeHook) { chosen.hook = kind }
        if let locale, chosen.bot.locale(locale) == nil {
            let known = chosen.bot.locales.map(\.id).joined(separator: ", ")
            console.err("error: bot '\(chosen.bot.name)' has no locale '\(locale)' (locales: \(known))\n")
            throw ExitCode.failure
        }
        let colored = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let settings = ChatSession.Settings(
            bot: chosen, botFile: botFile, testHook: testHook, now: Self.clock(now)!, locale: locale,
            firstSession: session, workingDirectory: FileManager.default.currentDirectoryPath, colored: colored)
        var chat: ChatSession
        do {
            chat = try ChatSession(settings: settings)
        } catch {
            console.err("error: the simulator cannot run bot '\(chosen.bot.name)': \(error.message)\n")
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
