import ArgumentParser
import ConversationRunner
import Conversations
import Dispatch
import Foundation
import LexFacts
import LexRuntimeServer
import MeetyDiagnostics

#if AWS
    import LexRuntimeServerSigV4
    import MeetyAWS
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `meety-bot serve`: the Lex V2 runtime REST API offline, over the simulator and the bot's code
/// hooks, for any client (AWS SDKs with their endpoint pointed here, the web chat, a Chatbot Lambda).
///
/// A thin shell over `LexRuntimeServer`: it loads the bots as `test` does, opens the stage, starts
/// the server, prints a line per bot and the address, logs each request to standard error, and
/// stops cleanly on SIGINT or SIGTERM (hook workers and the world included). docs/serve.md has the
/// details.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the Lex V2 runtime API (RecognizeText, sessions) offline for SDKs and web chats.",
        discussion: """
            Point a client's Lex runtime endpoint at the printed address (boto3: endpoint_url or \
            AWS_ENDPOINT_URL_LEX_RUNTIME_V2). Without --bot or --lex, serves every bot file in bots/. \
            Stop with Ctrl-C or SIGTERM. See docs/serve.md.
            """
    )

    @OptionGroup var botOptions: BotOptions

    @Option(help: ArgumentHelp("The address to listen on (loopback unless you say otherwise).", valueName: "host"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port; 0 picks a free one.", valueName: "port"))
    var port = 8765

    @Option(
        help: ArgumentHelp(
            "Fix the clock for slot resolution, the hooks and idle timeouts (default: the machine's time).",
            valueName: "YYYY-MM-DDTHH:MM"))
    var now: String?

    @Flag(help: "Refuse requests not signed (SigV4) with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.")
    var verifySignature = false

    @Option(
        help: ArgumentHelp(
            "A browser origin whose pages may call the server (repeatable; default: any origin, as Lex; 'none': no CORS).",
            valueName: "origin"))
    var allowOrigin: [String] = []

    @Option(help: ArgumentHelp("How many calls a hook in its own process serves at once.", valueName: "n"))
    var workers = max(2, ProcessInfo.processInfo.activeProcessorCount)

    @Option(
        help: ArgumentHelp(
            "Seconds a request may take to arrive, from its first byte (slower ones get 408).", valueName: "seconds"))
    var readTimeout: Double = 10

    @Option(help: ArgumentHelp("Seconds an idle connection stays open between requests.", valueName: "seconds"))
    var idleTimeout: Double = 60

    func validate() throws {
        if let now, ChatCommand.clock(now) == nil {
            throw ValidationError(
                "--now must be a real date and time written as YYYY-MM-DDTHH:MM, such as 2026-01-05T09:00")
        }
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0 to 65535") }
        if workers < 1 { throw ValidationError("--workers must be at least 1") }
        _ = try corsPolicy()
        if !(readTimeout > 0 && readTimeout <= 3600) {
            throw ValidationError("--read-timeout must be 0 to 3600 seconds")
        }
        if !(idleTimeout > 0 && idleTimeout <= 3600) {
            throw ValidationError("--idle-timeout must be 0 to 3600 seconds")
        }
    }

    func run() async throws {
        let console = Console.standard
        var bag = DiagnosticBag()
        let verifier = try signatureVerifier(console)
        guard var bots = botOptions.botCatalog(jobs: workers, forwardsSignals: false, into: &bag),
            let world = await botOptions.world(into: &bag)
        else {
            console.report(bag.diagnostics)
            throw ExitCode.failure
        }
        let chosen = loadBots(&bots, into: &bag)
        console.report(bag.diagnostics)
        guard !bag.hasErrors, !chosen.isEmpty else {
            await TestCommand.shutDown(bots.hookSpecs)
            await world.finish()
            throw ExitCode.failure
        }
        let clock: any ServerClock = now.flatMap(ChatCommand.clock).map(FixedServerClock.init) ?? SystemServerClock()
        let settings = ServeStage.Settings(
            bots: chosen, world: world, clock: clock, hookTimeout: botOptions.hookTimeout, hookLanes: workers,
            hookLog: { session, text in
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
                    text.hasSuffix("\n") ? 1 : 0)
                console.err(lines.map { "  [\(session)] \($0)\n" }.joined())
            })
        let stage: ServeStage
        do {
            stage = try await ServeStage.open(settings)
        } catch {
            console.err("error: \(error.message)\n")
            await TestCommand.shutDown(bots.hookSpecs + chosen.map(\.hook))
            await world.finish()
            throw ExitCode.failure
        }
        let stop = StopSignal()
        let api = LexRuntimeAPI(bots: stage.servedBots, clock: clock, verifier: verifier, cors: try corsPolicy())
        let server: LexRuntimeServer
        do {
            let limits = ServerLimits(
                requestReadTimeout: .milliseconds(Int(readTimeout * 1000)),
                idleConnectionTimeout: .milliseconds(Int(idleTimeout * 1000)))
            server = try await LexRuntimeServer.start(api: api, host: host, port: port, limits: limits) { entry in
                console.err(entry.line + "\n")
            }
        } catch {
            console.err("error: cannot listen on \(host):\(port): \(error)\n")
            await stage.close()
            await TestCommand.shutDown(bots.hookSpecs + chosen.map(\.hook))
            await world.finish()
            throw ExitCode.failure
        }
        for line in chosen.flatMap(\.hook.headerNotes) { console.err(line + "\n") }
        if !Self.isLoopback(host) {
            console.err("warning: listening on \(host), not loopback: anyone who can reach it can talk to the bots\n")
        }
        for bot in stage.servedBots {
            console.out(
                "bot \(bot.name) id \(bot.id) alias \(LexRuntimeAPI.testAliasId) locales "
                    + bot.localeIds.joined(separator: ","))
        }
        console.out("listening on \(server.url)")
        let signal = await stop.wait()
        console.err("stopping (\(signal))\n")
        await server.stop()
        await stage.close()
        await TestCommand.shutDown(bots.hookSpecs + chosen.map(\.hook))
        await world.finish()
        console.err("stopped\n")
    }

    /// The bots to serve: `--lex`, `--bot`, or every bot file directly in `bots/`.
    private func loadBots(_ bots: inout BotCatalog, into bag: inout DiagnosticBag) -> [BotUnderTest] {
        if let lex = botOptions.lex { return bots.exportedBot(lex, into: &bag).map { [$0] } ?? [] }
        if let file = botOptions.bot { return bots.yamlBot(file, into: &bag).map { [$0] } ?? [] }
        let files = DiskFiles().yamlFiles(in: "bots").filter { !$0.dropFirst("bots/".count).contains("/") }
        guard !files.isEmpty else {
            bag.error(.unreadableFile, "no bot given: pass --bot FILE or --lex DIR, or put bot files in bots/", at: nil)
            return []
        }
        return files.compactMap { bots.yamlBot($0, into: &bag) }
    }

    /// The CORS policy `--allow-origin` asks for (checked in `validate()`, so `run()` never fails here).
    func corsPolicy() throws(ValidationError) -> CORSPolicy {
        do {
            return try CORSPolicy.parse(allowOrigin)
        } catch {
            throw ValidationError("--allow-origin: \(error.description)")
        }
    }

    /// The verifier `--verify-signature` asks for, with the environment's credentials.
    private func signatureVerifier(_ console: Console) throws -> (any RequestAuthenticator)? {
        guard verifySignature else { return nil }
        #if !AWS
            console.err(
                "error: --verify-signature: this meety-bot was built without AWS support; build it with "
                    + "'MEETY_AWS=1 swift build' (or run 'MEETY_AWS=1 swift run meety-bot serve ...')\n")
            throw ExitCode.failure
        #else
            let environment = ProcessInfo.processInfo.environment
            guard let key = environment["AWS_ACCESS_KEY_ID"], !key.isEmpty,
                let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty
            else {
                console.err(
                    "error: --verify-signature needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment\n")
                throw ExitCode.failure
            }
            let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
            return SignatureVerifier(
                credentials: AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: token))
        #endif
    }

    /// Whether `host` names a loopback address.
    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
