import Conversations
import MeetyDiagnostics
import Testing

/// Loads inline conversation text the way the CLI loads a file.
enum Load {
    /// The display path used for every inline fixture.
    static let file = "conversations/x.yaml"

    /// Parses and decodes `text`, returning the file (nil on errors) and every diagnostic.
    static func file(_ text: String) -> (ConversationFile?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let loaded = ConversationLoader().load(text, file: file, into: &bag)
        return (loaded, bag.diagnostics)
    }

    /// The single script of `text`, which must decode without any diagnostic.
    static func script(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ConversationScript {
        let (loaded, diagnostics) = file(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
        let scripts = try #require(loaded?.scripts, sourceLocation: sourceLocation)
        #expect(scripts.count == 1, sourceLocation: sourceLocation)
        return try #require(scripts.first, sourceLocation: sourceLocation)
    }

    /// The diagnostics of `text`, which must not decode.
    static func errors(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Diagnostic] {
        let (loaded, diagnostics) = file(text)
        #expect(loaded == nil, "expected the file to be rejected", sourceLocation: sourceLocation)
        #expect(!diagnostics.isEmpty, "expected diagnostics", sourceLocation: sourceLocation)
        return diagnostics
    }

    /// The step's user turn, failing the test when the step is a store action.
    static func turn(_ script: ConversationScript, _ number: Int, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> UserTurn
    {
        try #require(script.steps[number - 1].userTurn, sourceLocation: sourceLocation)
    }
}
