import Foundation
import MeetyDiagnostics

/// An export with every entity encoded once, all into one `JSONTape`.
///
/// The export tree and the CloudFormation template print the same entities (the template
/// converts their keys); encoding through `Codable` is the costly step, so `compile` encodes once
/// and prints twice. Each entity is a subtree of `tape`, named by its root node.
public struct LexEncodedExport: Sendable {
    /// An entity with the name of the folder it is written to.
    public struct Named: Sendable {
        /// The entity's name (its folder).
        public var name: String
        /// The entity's root node in `tape`.
        public var node: JSONTape.Index
    }

    /// An intent with its slots.
    public struct Intent: Sendable {
        /// The encoded intent, named.
        public var intent: Named
        /// Its slots in priority order.
        public var slots: [Named]
    }

    /// A locale with its intents and slot types.
    public struct Locale: Sendable {
        /// The encoded locale, named by its id.
        public var locale: Named
        /// Its intents in export order.
        public var intents: [Intent]
        /// Its slot types in export order.
        public var slotTypes: [Named]
    }

    /// Every entity, encoded.
    public var tape: JSONTape
    /// `Manifest.json`'s root node in `tape`.
    public var manifest: JSONTape.Index
    /// `Bot.json`, named by the bot.
    public var bot: Named
    /// The locales in export order.
    public var locales: [Locale]
}

extension LexBotExport {
    /// Every entity encoded once. Fails with a `lex-unrenderable` diagnostic naming the entity's
    /// file when a value cannot be encoded (a non-finite number).
    public func encoded() throws(Diagnostic) -> LexEncodedExport {
        let botName = bot.name
        var tape = JSONTape()
        func encode(_ value: some Encodable, _ path: @autoclosure () -> String) throws(Diagnostic) -> JSONTape.Index {
            do {
                return try LexJSON.encode(value, into: &tape)
            } catch {
                throw Diagnostic.error(.lexUnrenderable, "\(path()): \(error.message)", at: nil)
            }
        }
        var encodedLocales: [LexEncodedExport.Locale] = []
        for locale in locales {
            let localeId = locale.id
            var intents: [LexEncodedExport.Intent] = []
            for intent in locale.intents {
                var slots: [LexEncodedExport.Named] = []
                for slot in intent.slots {
                    let path = LexExportLayout.slotPath(
                        bot: botName, locale: localeId, intent: intent.name, slot: slot.name)
                    slots.append(.init(name: slot.name, node: try encode(slot, path)))
                }
                let path = LexExportLayout.intentPath(bot: botName, locale: localeId, intent: intent.name)
                intents.append(
                    .init(intent: .init(name: intent.name, node: try encode(intent.intent, path)), slots: slots))
            }
            var slotTypes: [LexEncodedExport.Named] = []
            for slotType in locale.slotTypes {
                let path = LexExportLayout.slotTypePath(bot: botName, locale: localeId, slotType: slotType.name)
                slotTypes.append(LexEncodedExport.Named(name: slotType.name, node: try encode(slotType, path)))
            }
            let path = LexExportLayout.localePath(bot: botName, locale: localeId)
            encodedLocales.append(
                .init(
                    locale: .init(name: localeId, node: try encode(locale.locale, path)), intents: intents,
                    slotTypes: slotTypes))
        }
        let manifest = try encode(manifest, LexExportLayout.manifestPath)
        let bot = LexEncodedExport.Named(name: botName, node: try encode(bot, LexExportLayout.botPath(bot: botName)))
        return LexEncodedExport(tape: tape, manifest: manifest, bot: bot, locales: encodedLocales)
    }
}
