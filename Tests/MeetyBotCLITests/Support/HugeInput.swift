import Foundation

/// Hostile documents too big to commit, written at test time, each with the first error it must
/// produce.
enum HugeInput: String, CaseIterable, Sendable, CustomStringConvertible {
    /// 33 MiB of comment: over the file-size limit, refused before parsing.
    case oversizedFile
    /// A list of 300,000 texts: over the node limit, without a single alias.
    case nodeLimitBot
    /// 300,000 tags in a conversation: the node limit in the other format.
    case nodeLimitConversation
    /// 100,000 levels of nested lists in 200 KB.
    case deepNesting
    /// One 600 KB line: an utterance of 100,000 words.
    case longLine
    /// 10,000 keys the format does not know, each an error with a did-you-mean search.
    case unknownKeys
    /// The same key 10,000 times, each a duplicate-key error with a note.
    case duplicateKeys

    var description: String { rawValue }

    /// The file to write, under `bots/` or `conversations/`.
    var file: String {
        self == .nodeLimitConversation ? "conversations/\(rawValue).yaml" : "bots/\(rawValue).yaml"
    }

    /// The code of the first error.
    var code: String {
        switch self {
        case .oversizedFile: "yaml-file-too-large"
        case .nodeLimitBot, .nodeLimitConversation: "yaml-node-limit"
        case .deepNesting: "yaml-depth-limit"
        case .longLine: "utterance-too-long"
        case .unknownKeys: "unknown-key"
        case .duplicateKeys: "yaml-duplicate-key"
        }
    }

    /// Where the first error is: `line:column`.
    var position: String {
        switch self {
        case .oversizedFile: "1:1"
        case .nodeLimitBot: "1:749999"
        case .nodeLimitConversation: "2:749993"
        case .deepNesting: "1:70"
        case .longLine: "6:29"
        case .unknownKeys, .duplicateKeys: "11:1"
        }
    }

    /// A small valid bot for the cases that need one.
    private static let bot = """
        name: CorpusBot
        locales:
          en_US:
            intents:
              Greet:
                utterances: [Hello]
                closing: Hi!
              FallbackIntent:
                parent: AMAZON.FallbackIntent
                closing: Sorry.

        """

    /// The file's bytes.
    func contents() -> Data {
        let text: String
        switch self {
        case .oversizedFile:
            text = "#" + String(repeating: "x", count: 33 * 1024 * 1024) + "\n"
        case .nodeLimitBot:
            text = "name: [" + String(repeating: "a, ", count: 300_000) + "a]\n"
        case .nodeLimitConversation:
            text = "name: many tags\ntags: [" + String(repeating: "a, ", count: 300_000) + "a]\nturns: [{user: Hi}]\n"
        case .deepNesting:
            text = "name: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        case .longLine:
            text = Self.bot.replacingOccurrences(
                of: "[Hello]", with: "[Hello, " + String(repeating: "hello ", count: 100_000) + "]")
        case .unknownKeys:
            text = Self.bot + (0..<10_000).map { "key\($0): value\n" }.joined()
        case .duplicateKeys:
            text = Self.bot + String(repeating: "name: Again\n", count: 10_000)
        }
        return Data(text.utf8)
    }
}
