import Foundation
import MeetyDiagnostics

/// An export with every entity encoded once into `JSONTape`s.
///
/// The export tree and the CloudFormation template print the same entities (the template
/// converts their keys); encoding through `Codable` is the costly step, so `compile` encodes once
/// and prints twice. Entities are encoded on every core, each worker into a tape of its own; an
/// entity is the document rooted at its node in one of those tapes.
public struct LexEncodedExport: Sendable {
    /// An entity with the name of the folder it is written to.
    public struct Named: Sendable {
        /// The entity's name (its folder).
        public var name: String
        /// The encoded entity.
        public var document: JSONDocument
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

    /// `Manifest.json`, encoded.
    public var manifest: JSONDocument
    /// `Bot.json`, named by the bot.
    public var bot: Named
    /// The locales in export order.
    public var locales: [Locale]
}

extension LexBotExport {
    /// Every entity encoded once. Fails with a `lex-unrenderable` diagnostic naming the entity's
    /// file when a value cannot be encoded (a non-finite number); of several such entities, the
    /// first in export order.
    public func encoded() throws(Diagnostic) -> LexEncodedExport {
        let botName = bot.name
        // Every entity with the path its diagnostic names, in export order.
        var entities: [(path: String, value: any Encodable & Sendable)] = [
            (LexExportLayout.manifestPath, manifest), (LexExportLayout.botPath(bot: botName), bot),
        ]
        var cost = 0
        for locale in locales {
            let localeId = locale.id
            entities.append((LexExportLayout.localePath(bot: botName, locale: localeId), locale.locale))
            for intent in locale.intents {
                entities.append(
                    (LexExportLayout.intentPath(bot: botName, locale: localeId, intent: intent.name), intent.intent))
                for slot in intent.slots {
                    let path = LexExportLayout.slotPath(
                        bot: botName, locale: localeId, intent: intent.name, slot: slot.name)
                    entities.append((path, slot))
                }
                cost += 4_096 * (1 + intent.slots.count) + 64 * (intent.intent.sampleUtterances?.count ?? 0)
            }
            for slotType in locale.slotTypes {
                let path = LexExportLayout.slotTypePath(bot: botName, locale: localeId, slotType: slotType.name)
                entities.append((path, slotType))
                cost += 4_096
            }
        }
        let jobs = entities
        let (roots, tapes) = ParallelMap.mapWithStates(
            count: jobs.count, cost: cost, makeState: { JSONTape() },
            transform: { tape, index -> Result<JSONTape.Index, Diagnostic> in
                do throws(Diagnostic) {
                    return .success(try LexJSON.encode(jobs[index].value, into: &tape))
                } catch {
                    return .failure(
                        Diagnostic.error(.lexUnrenderable, "\(jobs[index].path): \(error.message)", at: nil))
                }
            })
        var documents: [JSONDocument] = []
        documents.reserveCapacity(roots.count)
        for (index, root) in roots.enumerated() {
            documents.append(JSONDocument(tape: tapes[index % tapes.count], root: try root.get()))
        }
        var next = documents.makeIterator()
        func named(_ name: String) -> LexEncodedExport.Named {
            LexEncodedExport.Named(name: name, document: next.next()!)
        }
        let manifest = next.next()!
        let bot = named(botName)
        let encodedLocales = locales.map { locale in
            let localeDocument = named(locale.id)
            let intents = locale.intents.map { intent in
                LexEncodedExport.Intent(intent: named(intent.name), slots: intent.slots.map { named($0.name) })
            }
            return LexEncodedExport.Locale(
                locale: localeDocument, intents: intents, slotTypes: locale.slotTypes.map { named($0.name) })
        }
        return LexEncodedExport(manifest: manifest, bot: bot, locales: encodedLocales)
    }
}
