import BotModel
import Foundation
import MeetyDiagnostics

/// Compiles several bot files into one output tree, as `meety-bot compile bots/` does.
///
/// Every bot is compiled in memory first, so the caller writes nothing unless all compiled; two
/// files that define the same bot name would write the same files, so the second is an error.
public struct BotSetCompilation: Sendable {
    /// One compiled bot file.
    public struct Entry: Sendable, Hashable {
        /// The bot's name (its folder in the tree).
        public var name: String
        /// The file it was compiled from.
        public var file: String
        /// How many output files it has.
        public var fileCount: Int
    }

    /// Every output file, by path relative to the output directory.
    public private(set) var files: [String: Data] = [:]
    /// The bots compiled, in input order.
    public private(set) var entries: [Entry] = []

    /// Compiles `sources` (path and bytes, in order); diagnostics go to `bag`. With `strict`,
    /// warnings become errors. `outputDirectory` only names the tree in messages.
    public init(
        sources: [(path: String, bytes: [UInt8])], strict: Bool, outputDirectory: String,
        into bag: inout DiagnosticBag
    ) {
        var owners: [String: String] = [:]
        for (file, bytes) in sources {
            guard let bot = BotLoader().load(bytes, file: file, strict: strict, into: &bag) else { continue }
            bag.append(contentsOf: bot.warnings)
            guard let output = LexCompiler().compile(bot, into: &bag) else { continue }
            if let other = owners[output.name] {
                bag.error(
                    .duplicateBotName,
                    "bot '\(output.name)' is also defined in \(other); both would write \(outputDirectory)/\(output.name)",
                    at: bot.definition.name.span
                )
                continue
            }
            owners[output.name] = file
            files.merge(output.files) { first, _ in first }
            entries.append(Entry(name: output.name, file: file, fileCount: output.files.count))
        }
        if strict { bag.promoteWarningsToErrors() }
    }
}
