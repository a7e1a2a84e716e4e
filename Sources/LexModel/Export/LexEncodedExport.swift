import Foundation
import MeetyDiagnostics

/// An export with every entity encoded to a `JSONValue` once.
///
/// The export tree and the CloudFormation template print the same entities (the template
/// converts their keys); encoding through `Codable` is the costly step, so `compile` encodes once
/// and prints twice.
public struct LexEncodedExport: Sendable {
    /// An entity with the name of the folder it is written to.
    public struct Named: Sendable {
        /// The entity's name (its folder).
        public var name: String
        /// The encoded entity.
        public var value: JSONValue
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

    /// `Manifest.json`.
    public var manifest: JSONValue
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
        func encode(_ value: some Encodable, _ path: @autoclosure () -> String) throws(Diagnostic) -> JSONValue {
            do {
                return try LexJSON.encode(value)
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
                    slots.append(.init(name: slot.name, value: try encode(slot, path)))
                }
                let path = LexExportLayout.intentPath(bot: botName, locale: localeId, intent: intent.name)
                intents.append(
                    .init(intent: .init(name: intent.name, value: try encode(intent.intent, path)), slots: slots))
            }
            let slotTypes = try locale.slotTypes.map { slotType throws(Diagnostic) in
                let path = LexExportLayout.slotTypePath(bot: botName, locale: localeId, slotType: slotType.name)
                return LexEncodedExport.Named(name: slotType.name, value: try encode(slotType, path))
            }
            let path = LexExportLayout.localePath(bot: botName, locale: localeId)
            encodedLocales.append(
                .init(
                    locale: .init(name: localeId, value: try encode(locale.locale, path)), intents: intents,
                    slotTypes: slotTypes))
        }
        return LexEncodedExport(
            manifest: try encode(manifest, LexExportLayout.manifestPath),
            bot: .init(name: botName, value: try encode(bot, LexExportLayout.botPath(bot: botName))),
            locales: encodedLocales)
    }
}
