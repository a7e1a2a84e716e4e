import Foundation
import LexModel
import MeetyDiagnostics
import MeetyTestSupport
import Testing

/// The real console exports committed under `Fixtures/`: the three of `Fixtures/<name>/` and the
/// eight of `Fixtures/real-bots/<bot>/export/` (see `Fixtures/real-bots/README.md`).
enum Fixture: String, CaseIterable, CustomStringConvertible {
    case pizzaShop = "PizzaShop"
    case travelBuddy = "TravelBuddy"
    case qicTestBot = "QicTestBot"
    case awsCloudAssistant = "aws-cloud-assistant"
    case blogbotHotelKo = "blogbot-hotel-ko"
    case fsiAgent = "fsi-agent"
    case lomibaodDemobot = "lomibaod-demobot"
    case reminderbot = "reminderbot"
    case tachyonBirthstoneNbest = "tachyon-birthstone-nbest"
    case tachyonOrderflowerRepeat = "tachyon-orderflower-repeat"
    case tachyonSpellingSst = "tachyon-spelling-sst"

    var description: String { rawValue }

    /// True for the bots of `Fixtures/real-bots/`.
    var isRealBot: Bool {
        switch self {
        case .pizzaShop, .travelBuddy, .qicTestBot: false
        default: true
        }
    }

    /// The folder that holds `Manifest.json`.
    var directory: URL {
        isRealBot
            ? TestResources.path("Tests/LexModelTests/Fixtures/real-bots/\(rawValue)/export")
            : TestResources.path("Tests/LexModelTests/Fixtures/\(rawValue)")
    }

    /// The zip exactly as its author published it, for the bots that were published as a zip.
    var publishedZip: URL? {
        let name: String
        switch self {
        case .blogbotHotelKo: name = "BlogBot-3-YTZOBUF72Q-LexJson.zip"
        case .fsiAgent: name = "lex.zip"
        case .lomibaodDemobot: name = "SampleLexV2BotExportJson.zip"
        case .tachyonBirthstoneNbest: name = "OrderBirthStone-DRAFT-EGMYCAGN5I-LexJson.zip"
        case .tachyonOrderflowerRepeat: name = "OrderFlower-repeat-DRAFT-LexJson.zip"
        case .tachyonSpellingSst: name = "SST_Doc_Bot-DRAFT-WPCKL6OHLO-LexJson.zip"
        default: return nil
        }
        return TestResources.path("Tests/LexModelTests/Fixtures/real-bots/\(rawValue)/\(name)")
    }

    /// The warnings reading the fixture is expected to give: the odd shapes the fixture README
    /// lists, by code and file (relative to the export root).
    var expectedWarnings: [String] {
        switch self {
        case .lomibaodDemobot:
            ["warning lex-bot-folder-mismatch DemoBot/Bot.json"]
        case .fsiAgent:
            ["warning lex-key-spelling FSI-Agent/BotLocales/en_US/Intents/VerifyIdentity/Intent.json"]
        default:
            []
        }
    }

    /// The fixture's JSON files, keyed by path relative to the export root.
    func files() throws -> [String: Data] {
        var bag = DiagnosticBag()
        let files = LexExportReader().loadFiles(directory: directory, source: rawValue, into: &bag)
        #expect(bag.diagnostics.isEmpty, "\(bag.diagnostics)")
        return try #require(files)
    }

    /// The fixture read from its directory, failing the test on an error or on a warning other
    /// than the expected ones.
    func export() throws -> LexBotExport {
        var bag = DiagnosticBag()
        let export = LexExportReader().read(directory: directory, source: rawValue, into: &bag)
        #expect(bag.diagnostics.map(Self.summary).sorted() == expectedWarnings.sorted(), "\(bag.diagnostics)")
        return try #require(export)
    }

    /// `severity code file` of a diagnostic, the file relative to the export root.
    static func summary(_ diagnostic: Diagnostic) -> String {
        let file = diagnostic.span?.file ?? ""
        let relative = file.split(separator: "/", maxSplits: 1).dropFirst().first.map(String.init) ?? file
        return "\(diagnostic.severity) \(diagnostic.code.id) \(relative)"
    }
}

/// Reads `files` and returns the export and the diagnostics.
func readExport(_ files: [String: Data], source: String = "test") -> (LexBotExport?, [Diagnostic]) {
    var bag = DiagnosticBag()
    let export = LexExportReader().read(files: files, source: source, into: &bag)
    return (export, bag.diagnostics)
}

/// The UTF-8 bytes of `text`.
func utf8(_ text: String) -> Data { Data(text.utf8) }
