import MeetyDiagnostics
import Testing

@Suite("Diagnostics")
struct DiagnosticFormatterTests {
    private let span = SourceSpan(file: "bots/meetybot.yaml", start: SourcePosition(line: 42, column: 11))

    @Test("a diagnostic prints as file:line:col: severity: message [code]")
    func plainLine() {
        let diagnostic = Diagnostic.error(.unreadableFile, "cannot read 'x'", at: span)
        #expect(diagnostic.description == "bots/meetybot.yaml:42:11: error: cannot read 'x' [unreadable-file]")
    }

    @Test("notes follow on their own lines")
    func notes() {
        let note = Diagnostic.Note(
            "first here", at: SourceSpan(file: "a.yaml", start: SourcePosition(line: 1, column: 2)))
        let diagnostic = Diagnostic.warning(.unreadableFile, "m", at: span, notes: [note])
        #expect(
            DiagnosticFormatter.plain.format(diagnostic)
                == "bots/meetybot.yaml:42:11: warning: m [unreadable-file]\na.yaml:1:2: note: first here\n"
        )
    }

    @Test("colour codes appear only when asked for")
    func colour() {
        let diagnostic = Diagnostic.error(.unreadableFile, "m", at: nil)
        #expect(!DiagnosticFormatter.plain.format(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticFormatter(colored: true).format(diagnostic).contains("\u{1B}[1;31merror:"))
    }

    @Test("strict mode promotes warnings to errors")
    func strict() {
        var bag = DiagnosticBag()
        bag.warning(.unreadableFile, "w", at: span)
        #expect(!bag.hasErrors)
        bag.promoteWarningsToErrors()
        #expect(bag.hasErrors)
    }

    @Test("sorted order is by file, line, column, then errors first")
    func sortedOrder() {
        var bag = DiagnosticBag()
        bag.warning(.unreadableFile, "b", at: SourceSpan(file: "b.yaml", start: .start))
        bag.warning(.unreadableFile, "w", at: SourceSpan(file: "a.yaml", start: SourcePosition(line: 2, column: 1)))
        bag.error(.unreadableFile, "e", at: SourceSpan(file: "a.yaml", start: SourcePosition(line: 2, column: 1)))
        #expect(bag.sorted.map(\.message) == ["e", "w", "b"])
    }

    @Test("did-you-mean suggests close names only")
    func suggestions() {
        #expect(Suggestions.closest(to: "MeetingTme", among: ["MeetingDate", "MeetingTime"]) == "MeetingTime")
        #expect(Suggestions.closest(to: "utterence", among: ["utterances", "slots"]) == "utterances")
        #expect(Suggestions.closest(to: "banana", among: ["utterances", "slots"]) == nil)
    }
}
