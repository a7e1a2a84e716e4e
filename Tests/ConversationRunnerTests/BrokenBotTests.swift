import BotModel
import ConversationRunner
import Conversations
import Foundation
import LexCompiler
import LexRuntime
import MeetyDiagnostics
import MeetyTestSupport
import MeetyWorld
import Testing

/// MeetyBot's regression suite (`conversations/`) run against deliberately broken copies of
/// `bots/meetybot.yaml`: a bot change must fail exactly the scripts that depend on what changed,
/// with a message that says what was expected and what the bot did, and leave the others passing.
///
/// The broken bots are made by editing the YAML text in memory, then loaded, compiled and run the
/// way `meety-bot test` does it (`BotLoader` → `LexCompiler.export` → `RuntimeBot` → checker →
/// `SuiteRunner`). Scripts are named by their path, which is also how failures are reported.
@Suite("conversations/ catches a broken MeetyBot")
struct BrokenBotTests {
    /// A script of the suite, with its file's text for checking reported positions.
    struct Script {
        var path: String
        var text: String
        var script: ConversationScript
    }

    /// What a run of the whole suite against one bot produced.
    struct Outcome {
        /// Checker diagnostics by script path (those scripts were not run).
        var rejected: [String: [Diagnostic]] = [:]
        /// Run results by script path.
        var results: [String: ScriptResult] = [:]

        var passed: Set<String> { Set(results.filter { $0.value.status == .passed }.keys) }
        var failed: Set<String> { Set(results.filter { $0.value.status == .failed }.keys) }
    }

    static let botPath = "bots/meetybot.yaml"

    // MARK: - The intact bot

    @Test("with the intact bot every script passes")
    func intactBotPassesEverything() async throws {
        let scripts = try Self.suite()
        #expect(scripts.count >= 30)
        #expect(Set(scripts.map(\.script.name.value)).count == scripts.count, "script names must be unique")
        let outcome = try await Self.run(scripts, on: Self.botText())
        #expect(outcome.rejected.isEmpty, "\(outcome.rejected)")
        #expect(outcome.failed.isEmpty, "\(Self.failures(outcome))")
        #expect(outcome.passed == Set(scripts.map(\.path)))
    }

    // MARK: - A reworded prompt

    /// Every script that asserts FullName's prompt word for word.
    static let scriptsAssertingNamePrompt: Set<String> = [
        "conversations/booking/date-and-time-in-first-utterance.yaml",
        "conversations/booking/step-by-step.yaml",
        "conversations/conflicts/full-day.yaml",
        "conversations/conflicts/start-inside-meeting.yaml",
        "conversations/dialog/confirmation-declined.yaml",
        "conversations/dialog/fallback.yaml",
        "conversations/dialog/intent-switch.yaml",
        "conversations/dialog/name-retries-exhausted.yaml",
        "conversations/validation/ambiguous-time.yaml",
        "conversations/validation/past-date.yaml",
        "conversations/validation/past-time-today.yaml",
    ]

    @Test("a reworded FullName prompt fails exactly the scripts that assert it, naming both texts")
    func rewordedPromptFailsItsScripts() async throws {
        let original = "prompt: What is your name?"
        let reworded = "prompt: Who is the meeting for?"
        let text = try Self.botText()
        #expect(text.components(separatedBy: original).count == 2, "the bot must state FullName's prompt once")
        let scripts = try Self.suite()
        let outcome = try await Self.run(scripts, on: text.replacingOccurrences(of: original, with: reworded))

        #expect(outcome.rejected.isEmpty, "\(outcome.rejected)")
        #expect(outcome.failed == Self.scriptsAssertingNamePrompt, "\(Self.failures(outcome))")
        #expect(outcome.passed == Set(scripts.map(\.path)).subtracting(Self.scriptsAssertingNamePrompt))

        let byPath = Dictionary(uniqueKeysWithValues: scripts.map { ($0.path, $0) })
        for path in Self.scriptsAssertingNamePrompt {
            let failures = outcome.results[path]?.failures ?? []
            try #require(failures.count == 1, "\(path): \(failures)")
            let failure = failures[0]
            #expect(failure.code == .turnMismatch)
            #expect(
                failure.description.contains(
                    "expected reply \"What is your name?\" but the bot said \"Who is the meeting for?\""),
                "\(failure.description)")
            // Reported at the step that asserts the prompt, in the script's own file.
            let step = try #require(failure.span.flatMap { Self.step(at: $0, in: byPath[path]?.text ?? "") })
            #expect(step.contains("bot: What is your name?"), "\(failure.description) points at:\n\(step)")
        }
        let first = try #require(outcome.results["conversations/booking/step-by-step.yaml"]?.failures.first)
        #expect(
            first.description
                == "conversations/booking/step-by-step.yaml:6:5: error: turn 1: expected reply \"What is your name?\" "
                + "but the bot said \"Who is the meeting for?\" [turn-mismatch]")
    }

    // MARK: - A removed slot

    /// Scripts that name AttendeeEmail in a `slot:` or `slots:` expectation: the checker rejects them.
    static let scriptsNamingEmailSlot: Set<String> = [
        "conversations/booking/date-and-time-in-first-utterance.yaml",
        "conversations/booking/date-without-on.yaml",
        "conversations/booking/name-in-first-utterance.yaml",
        "conversations/booking/next-monday-spoken-time.yaml",
        "conversations/booking/offset-date-noon.yaml",
        "conversations/booking/relative-date-and-spoken-email.yaml",
        "conversations/booking/step-by-step.yaml",
        "conversations/conflicts/back-to-back.yaml",
        "conversations/conflicts/overlap-found-with-duration.yaml",
        "conversations/conflicts/rejected-does-not-block.yaml",
        "conversations/conflicts/request-encloses-shorter-meeting.yaml",
        "conversations/conflicts/several-clashes.yaml",
        "conversations/dialog/email-retries-exhausted.yaml",
        "conversations/phrasing/durations.yaml",
        "conversations/sessions/race-for-one-slot.yaml",
        "conversations/validation/duration-outside-slot-type.yaml",
        "conversations/validation/ends-after-midnight.yaml",
        "conversations/validation/unresolvable-answers.yaml",
    ]

    /// Scripts that run and fail because they assert the email prompt: without the slot the bot
    /// goes from the duration straight to the confirmation.
    static let scriptsExpectingEmailPrompt: Set<String> = [
        "conversations/dialog/confirmation-declined.yaml",
        "conversations/dialog/confirmation-retries-exhausted.yaml",
        "conversations/dialog/confirmation-unclear.yaml",
        "conversations/dialog/intent-switch.yaml",
    ]

    /// Scripts that run and fail at fulfillment: the LexLambda needs the email for every booking and
    /// asks for it with an ElicitSlot of a slot the bot no longer has, which the simulator refuses.
    static let scriptsBookingWithoutEmail: Set<String> = [
        "conversations/booking/store-refuses-insert.yaml",
        "conversations/dialog/session-attributes.yaml",
        "conversations/sessions/approved-meeting-blocks.yaml",
        "conversations/sessions/race-fills-the-day.yaml",
        "conversations/sessions/reject-frees-slot.yaml",
    ]

    /// Scripts re-prompted by the dialog hook (a conflict, a past date or time, an ambiguous time,
    /// a part of the day) that never reach the email: the LexLambda's ElicitSlot returns only the
    /// slots the event carried, so these still pass without the slot.
    static let scriptsRepromptedByHook: Set<String> = [
        "conversations/conflicts/equal-interval.yaml",
        "conversations/conflicts/full-day.yaml",
        "conversations/conflicts/pending-blocks.yaml",
        "conversations/conflicts/request-inside-longer-meeting.yaml",
        "conversations/conflicts/start-inside-meeting.yaml",
        "conversations/dialog/hook-reprompt-resets-retries.yaml",
        "conversations/validation/ambiguous-time.yaml",
        "conversations/validation/part-of-day.yaml",
        "conversations/validation/past-date.yaml",
        "conversations/validation/past-time-today.yaml",
    ]

    /// Scripts that never reach the email or a re-prompt by the hook: greetings, fallback, the
    /// name retries and the date and time phrasings.
    static let scriptsWithoutEmail: Set<String> = [
        "conversations/dialog/fallback.yaml",
        "conversations/dialog/greeting.yaml",
        "conversations/dialog/name-retries-exhausted.yaml",
        "conversations/dialog/sentence-answers-date-prompt.yaml",
        "conversations/phrasing/dates.yaml",
        "conversations/phrasing/times.yaml",
    ]

    @Test("a removed AttendeeEmail slot is reported where scripts name it, and fails the scripts that need it")
    func removedSlotIsReported() async throws {
        let text = try Self.botText()
        let broken = try Self.removingSlot("AttendeeEmail", from: text)
        #expect(!broken.contains("AttendeeEmail"), "the confirmation prompt must not name the removed slot")
        let scripts = try Self.suite()
        let outcome = try await Self.run(scripts, on: broken)

        // Named in an expectation: rejected by the checker at the name, before anything runs.
        #expect(Set(outcome.rejected.keys) == Self.scriptsNamingEmailSlot)
        let byPath = Dictionary(uniqueKeysWithValues: scripts.map { ($0.path, $0) })
        for (path, diagnostics) in outcome.rejected {
            for diagnostic in diagnostics {
                #expect(diagnostic.code == .unknownSlot, "\(diagnostic.description)")
                #expect(diagnostic.description.hasPrefix("\(path):"), "\(diagnostic.description)")
                #expect(
                    diagnostic.message.contains("names slot 'AttendeeEmail', which intent 'BookMeeting' does not have")
                        || diagnostic.message.contains("names slot 'AttendeeEmail', which no intent of locale"),
                    "\(diagnostic.description)")
                let position = try #require(diagnostic.span?.start)
                let line = Self.line(position.line, of: byPath[path]?.text ?? "")
                #expect(line.dropFirst(position.column - 1).hasPrefix("AttendeeEmail"), "\(diagnostic) at: \(line)")
            }
        }

        // Run: each failing script fails at one turn, for its own reason; the others pass.
        let expectedFailures: [(Set<String>, DiagnosticCode, String)] = [
            (
                Self.scriptsExpectingEmailPrompt, .turnMismatch,
                "expected reply \"What email address should I send the invitation to?\" but the bot said \"Book "
            ),
            (
                Self.scriptsBookingWithoutEmail, .turnError,
                "the fulfillment code hook for intent 'BookMeeting' returned an invalid response: "
                    + "slot to elicit 'AttendeeEmail' is not a slot of intent 'BookMeeting'"
            ),
        ]
        #expect(
            outcome.failed == expectedFailures.reduce(into: Set<String>()) { $0.formUnion($1.0) },
            "\(Self.failures(outcome))")
        for (paths, code, message) in expectedFailures {
            for path in paths {
                let failures = outcome.results[path]?.failures ?? []
                #expect(failures.count == 1 && failures.allSatisfy { $0.code == code }, "\(path): \(failures)")
                #expect(failures.allSatisfy { $0.description.contains(message) }, "\(path): \(failures)")
            }
        }
        #expect(outcome.passed == Self.scriptsWithoutEmail.union(Self.scriptsRepromptedByHook))
        #expect(outcome.rejected.count + outcome.results.count == scripts.count)
    }

    // MARK: - Helpers

    /// The text of the real bot file.
    static func botText() throws -> String {
        try String(contentsOf: TestResources.path(botPath), encoding: .utf8)
    }

    /// The bot text without `slot` of BookMeeting: its block under `slots:` is cut out.
    static func removingSlot(_ slot: String, from text: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let header = "          \(slot):"
        let start = try #require(lines.firstIndex(of: header), "no slot \(slot) in the bot")
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix("            ") { end += 1 }
        lines.removeSubrange(start..<end)
        return lines.joined(separator: "\n")
    }

    /// Every script under conversations/, in path order, as `meety-bot test conversations/` finds them.
    static func suite() throws -> [Script] {
        let root = TestResources.path("conversations").path
        let listed = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String]) ?? []
        var scripts: [Script] = []
        for relative in ScriptDiscovery.scripts(among: listed) {
            let path = "conversations/\(relative)"
            let text = try String(contentsOfFile: "\(root)/\(relative)", encoding: .utf8)
            var bag = DiagnosticBag()
            let file = try #require(ConversationLoader().load(text, file: path, into: &bag), "\(bag.diagnostics)")
            #expect(file.scripts.count == 1, "\(path): one script per file")
            scripts += file.scripts.map { Script(path: path, text: text, script: $0) }
        }
        return scripts
    }

    /// Loads, validates and compiles `botText`, checks every script against it, and runs the
    /// scripts the checker accepts.
    static func run(_ scripts: [Script], on botText: String) async throws -> Outcome {
        var bag = DiagnosticBag()
        let validated = try #require(BotLoader().load(botText, file: botPath, into: &bag), "\(bag.diagnostics)")
        let bot = BotUnderTest(
            source: botPath, bot: RuntimeBot(export: LexCompiler().export(validated)), hook: MeetyHookSpec())
        var outcome = Outcome()
        var jobs: [SuiteRunner.Job] = []
        for script in scripts {
            let problems = ConversationChecker().check(script.script, against: bot.outline)
            if problems.isEmpty {
                jobs.append(SuiteRunner.Job(script: script.script, bot: bot))
            } else {
                outcome.rejected[script.path] = problems
            }
        }
        for result in await SuiteRunner(options: RunOptions(jobs: 2, world: MeetingsWorld())).run(jobs) {
            outcome.results[result.file] = result
        }
        return outcome
    }

    /// The failure messages of a run, for test output.
    static func failures(_ outcome: Outcome) -> String {
        outcome.results.values.filter { $0.status == .failed }.sorted { $0.file < $1.file }
            .flatMap(\.failures).map(\.description).joined(separator: "\n")
    }

    /// Line `number` (1-based) of `text`.
    static func line(_ number: Int, of text: String) -> String {
        let lines = text.components(separatedBy: "\n")
        return lines.indices.contains(number - 1) ? lines[number - 1] : ""
    }

    /// The lines of the list item (a step) that starts at `span`.
    static func step(at span: SourceSpan, in text: String) -> String? {
        let lines = text.components(separatedBy: "\n")
        let first = span.start.line - 1
        guard lines.indices.contains(first), lines[first].hasPrefix("  - ") else { return nil }
        var end = first + 1
        while end < lines.count, lines[end].hasPrefix("    ") { end += 1 }
        return lines[first..<end].joined(separator: "\n")
    }
}
