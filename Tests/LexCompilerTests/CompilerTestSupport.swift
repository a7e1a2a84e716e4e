import BotModel
import Foundation
import LexCompiler
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

/// The golden cases under `Golden/`: each has a `bot.yaml` input and an `expected/` tree.
enum GoldenCase: String, CaseIterable, CustomStringConvertible {
    case meetyBot = "MeetyBot"
    case hotelConcierge = "HotelConcierge"
    case pizzaOrders = "PizzaOrders"
    case pizzaFlow = "PizzaFlow"

    var description: String { rawValue }

    var directory: URL { TestResources.path("Tests/LexCompilerTests/Golden/\(rawValue)") }

    /// The case's bot, loaded and validated, failing the test on any diagnostic.
    func validatedBot() throws -> ValidatedBot {
        let bytes = try Data(contentsOf: directory.appendingPathComponent("bot.yaml"))
        var bag = DiagnosticBag()
        let bot = BotLoader().load([UInt8](bytes), file: "\(rawValue)/bot.yaml", into: &bag)
        #expect(bag.diagnostics.isEmpty, "\(bag.diagnostics)")
        return try #require(bot)
    }

    /// The case compiled, failing the test on any diagnostic.
    func compiled() throws -> CompiledBot {
        var bag = DiagnosticBag()
        let compiled = LexCompiler().compile(try validatedBot(), into: &bag)
        #expect(bag.diagnostics.isEmpty, "\(bag.diagnostics)")
        return try #require(compiled)
    }
}

/// Loads bot YAML text, failing the test on any diagnostic.
func loadBot(_ yaml: String) throws -> ValidatedBot {
    var bag = DiagnosticBag()
    let bot = BotLoader().load(yaml, file: "bot.yaml", into: &bag)
    #expect(!bag.hasErrors, "\(bag.diagnostics)")
    return try #require(bot)
}

/// The export with locales, intents, slots and slot types sorted by name, the order the reader
/// produces (the compiler keeps author order).
func sortedByName(_ export: LexBotExport) -> LexBotExport {
    var sorted = export
    sorted.locales = export.locales.sorted { $0.id < $1.id }.map { locale in
        var locale = locale
        locale.intents = locale.intents.sorted { $0.name < $1.name }.map { intent in
            var intent = intent
            intent.slots = intent.slots.sorted { $0.name < $1.name }
            return intent
        }
        locale.slotTypes = locale.slotTypes.sorted { $0.name < $1.name }
        return locale
    }
    return sorted
}

/// The files of `compiled` under its export tree, relative to the tree root.
func treeFiles(_ compiled: CompiledBot) -> [String: Data] {
    var files: [String: Data] = [:]
    for (path, data) in compiled.files where path.hasPrefix(compiled.treeRoot + "/") {
        files[String(path.dropFirst(compiled.treeRoot.count + 1))] = data
    }
    return files
}

/// A compiled file parsed as JSON.
func json(_ compiled: CompiledBot, _ path: String) throws -> JSONValue {
    try LexJSON.parse(try #require(compiled.files[path], "no file \(path)"), file: path)
}
