import Foundation
import LexModel
import MeetyDiagnostics
import YAMLNode

/// Reads the `AWS::Lex::Bot` resources of a CloudFormation or SAM template (YAML with `!Ref`,
/// `!Sub`, `!GetAtt` tags, or JSON, as CDK synthesizes it) into Lex export models, so a bot written
/// as a template can be tested, diffed and imported like a console export.
///
/// Only bots with inline `BotLocales` can be read. Parameters take their defaults; intrinsic
/// functions are evaluated where a template alone decides them (`IntrinsicResolver`). Properties
/// that are deployment configuration (aliases, tags) and keys the Lex model does not read are
/// warnings, never silently dropped. Bytes in, values and diagnostics out: no file is touched.
public struct CloudFormationBotReader: Sendable {
    /// The YAML limits for templates (CloudFormation itself accepts at most 1 MB).
    public var limits: YAMLLimits

    /// Creates a reader.
    public init(limits: YAMLLimits = YAMLLimits(maxNodes: 2_000_000)) {
        self.limits = limits
    }

    /// Whether `bytes` look like a template that declares a Lex bot (the text `AWS::Lex::Bot`):
    /// how a command tells a template from a bot file or a zip before reading it.
    public static func looksLikeTemplate(_ bytes: [UInt8]) -> Bool {
        let needle = Array("AWS::Lex::Bot".utf8)
        guard bytes.count >= needle.count, !bytes.starts(with: [0x50, 0x4B]) else { return false }
        return (0...(bytes.count - needle.count)).contains { start in
            bytes[start] == needle[0] && bytes[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// Every inline `AWS::Lex::Bot` of the template, in template order.
    public func read(_ bytes: [UInt8], file: String, into bag: inout DiagnosticBag) -> [TemplateBot] {
        guard let root = parse(bytes, file: file, into: &bag) else { return [] }
        guard let resources = root["Resources"]?.entries else {
            bag.error(.templateNoBot, "the file has no 'Resources'; it is not a CloudFormation template", at: root.span)
            return []
        }
        let resolver = IntrinsicResolver(
            parameters: Dictionary((root["Parameters"]?.entries ?? []).map { ($0.key, $0.value) }) { first, _ in first
            },
            conditions: Dictionary((root["Conditions"]?.entries ?? []).map { ($0.key, $0.value) }) { first, _ in first
            },
            mappings: root["Mappings"],
            resources: Set(resources.map(\.key)))
        var bots: [TemplateBot] = []
        for (logicalId, resource) in resources where resource["Type"]?.text == "AWS::Lex::Bot" {
            var reader = TemplateBotReader(logicalId: logicalId, file: file, resolver: resolver)
            if let bot = reader.read(resource, into: &bag) { bots.append(bot) }
        }
        if bots.isEmpty, !bag.hasErrors {
            bag.error(.templateNoBot, "the template has no AWS::Lex::Bot resource", at: root.span)
        }
        return bots
    }

    /// The template's one bot, or the bot whose logical id is `resource`; an error otherwise.
    public func readBot(_ bytes: [UInt8], file: String, resource: String? = nil, into bag: inout DiagnosticBag)
        -> TemplateBot?
    {
        let bots = read(bytes, file: file, into: &bag)
        if let resource {
            guard let bot = bots.first(where: { $0.logicalId == resource }) else {
                if !bag.hasErrors {
                    bag.error(
                        .templateNoBot,
                        "the template has no AWS::Lex::Bot named '\(resource)' (it has \(Self.names(bots)))",
                        at: .startOf(file))
                }
                return nil
            }
            return bot
        }
        guard bots.count <= 1 else {
            bag.error(
                .templateNoBot,
                "the template defines \(bots.count) bots (\(Self.names(bots))); name the one to read",
                at: .startOf(file))
            return nil
        }
        return bots.first
    }

    private static func names(_ bots: [TemplateBot]) -> String {
        bots.isEmpty ? "none" : bots.map(\.logicalId).joined(separator: ", ")
    }

    private func parse(_ bytes: [UInt8], file: String, into bag: inout DiagnosticBag) -> TemplateNode? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let first = bytes[start...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if first == UInt8(ascii: "{") {
            do {
                return TemplateNode(json: try LexJSON.parse(Data(bytes[start...]), file: file), file: file)
            } catch {
                bag.emit(error)
                return nil
            }
        }
        guard let yaml = YAMLParser(limits: limits).parse(bytes, file: file, into: &bag) else {
            if !bag.hasErrors { bag.error(.templateNoBot, "the file is empty", at: .startOf(file)) }
            return nil
        }
        return TemplateNode(yaml: yaml)
    }
}

/// A bot read from a template: its resource's logical id, the model, and where each entity is.
public struct TemplateBot: Sendable {
    /// The logical id of the `AWS::Lex::Bot` resource.
    public var logicalId: String
    /// The bot as an export model.
    public var export: LexBotExport
    /// The span of each entity in the template.
    public var sources: LexSourceMap

    /// Creates a value.
    public init(logicalId: String, export: LexBotExport, sources: LexSourceMap) {
        self.logicalId = logicalId
        self.export = export
        self.sources = sources
    }
}
