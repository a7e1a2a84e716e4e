import LexModel
import MeetyDiagnostics

/// Reads one `AWS::Lex::Bot` resource: its bot settings, and each locale with its intents, slots
/// and slot types decoded into the Lex model, each entity's span recorded.
struct TemplateBotReader {
    let logicalId: String
    let file: String
    let resolver: IntrinsicResolver
    private var sources: LexSourceMap = [:]

    /// The properties the reader uses; `RoleArn` and `AutoBuildBotLocales` are read by nobody but
    /// concern deployment only, so they are passed over without a warning.
    static let readProperties: Set<String> = [
        "Name", "Description", "DataPrivacy", "IdleSessionTTLInSeconds", "BotLocales", "RoleArn", "AutoBuildBotLocales",
    ]
    /// The properties of a locale the Lex model reads.
    static let localeProperties: Set<String> = [
        "LocaleId", "Description", "NluConfidenceThreshold", "VoiceSettings", "Intents", "SlotTypes",
    ]

    init(logicalId: String, file: String, resolver: IntrinsicResolver) {
        self.logicalId = logicalId
        self.file = file
        self.resolver = resolver
    }

    mutating func read(_ resource: TemplateNode, into bag: inout DiagnosticBag) -> TemplateBot? {
        let subject = "AWS::Lex::Bot '\(logicalId)'"
        guard let properties = resource["Properties"], properties.entries != nil else {
            bag.error(.templateMalformed, "\(subject) has no Properties", at: resource.span)
            return nil
        }
        for (key, value) in properties.entries ?? [] where !Self.readProperties.contains(key) {
            let hint = key == "BotFileS3Location" ? "" : "; it is not part of the bot and is not read"
            if key != "BotFileS3Location" || properties["BotLocales"] != nil {
                bag.warning(
                    .templateIgnoredProperty, "property '\(key)' of \(subject) is not read\(hint)", at: value.span)
            }
        }
        guard let localesNode = properties["BotLocales"] else {
            if let s3 = properties["BotFileS3Location"] {
                bag.error(
                    .templateBotNotInline,
                    "\(subject) imports its bot from S3 (BotFileS3Location); read the bot's export zip instead",
                    at: s3.span)
            } else {
                bag.error(.templateMalformed, "\(subject) has no BotLocales", at: properties.span)
            }
            return nil
        }
        guard let name = resolved(properties["Name"], &bag)?.text else {
            bag.error(.templateMalformed, "\(subject) has no Name", at: properties.span)
            return nil
        }
        var bot: LexBot?
        do {
            var object: [String: JSONValue] = [
                "name": .string(name),
                "dataPrivacy": .object([
                    "childDirected": resolved(properties["DataPrivacy"]?["ChildDirected"], &bag).map(
                        TemplateEntityConverter.convert) ?? .string("false")
                ]),
                "idleSessionTTLInSeconds": resolved(properties["IdleSessionTTLInSeconds"], &bag).map(
                    TemplateEntityConverter.convert) ?? .string("300"),
            ]
            if let description = resolved(properties["Description"], &bag) {
                object["description"] = TemplateEntityConverter.convert(description)
            }
            bot = try LexJSON.decodeTemplateValue(LexBot.self, from: .object(object), file: file, into: &bag)
        } catch {
            bag.emit(relocated(error, to: properties.span, what: subject))
        }
        sources[.bot] = properties["Name"]?.span ?? resource.span
        var locales: [LexLocaleExport] = []
        for item in resolved(localesNode, &bag)?.items ?? [] {
            if let locale = locale(item, into: &bag) { locales.append(locale) }
        }
        guard let bot else { return nil }
        return TemplateBot(logicalId: logicalId, export: LexBotExport(bot: bot, locales: locales), sources: sources)
    }

    private func resolved(_ node: TemplateNode?, _ bag: inout DiagnosticBag) -> TemplateNode? {
        node.flatMap { resolver.resolve($0, into: &bag) }
    }

    private mutating func locale(_ node: TemplateNode, into bag: inout DiagnosticBag) -> LexLocaleExport? {
        guard let id = node["LocaleId"]?.text else {
            bag.error(.templateMalformed, "a BotLocales entry of '\(logicalId)' has no LocaleId", at: node.span)
            return nil
        }
        for (key, value) in node.entries ?? [] where !Self.localeProperties.contains(key) {
            bag.warning(
                .templateIgnoredProperty,
                "property '\(key)' of locale '\(id)' is not read; the bot format has no such setting",
                at: value.span)
        }
        sources[.locale(id)] = node.span
        var object: [String: JSONValue] = ["identifier": .string(id)]
        for key in ["Description", "NluConfidenceThreshold", "VoiceSettings"] {
            if let value = node[key] {
                object[TemplateEntityConverter.camelCase(key)] = TemplateEntityConverter.convert(value)
            }
        }
        guard let locale = decode(LexBotLocale.self, .object(object), at: node.span, "locale '\(id)'", &bag) else {
            return nil
        }
        var intents: [LexIntentExport] = []
        for item in node["Intents"]?.items ?? [] {
            if let intent = intent(item, locale: id, into: &bag) { intents.append(intent) }
        }
        var slotTypes: [LexSlotType] = []
        for item in node["SlotTypes"]?.items ?? [] {
            guard let name = item["Name"]?.text else {
                bag.error(.templateMalformed, "a slot type of locale '\(id)' has no Name", at: item.span)
                continue
            }
            sources[.slotType(locale: id, slotType: name)] = item.span
            if let type = decode(LexSlotType.self, entity(item), at: item.span, "slot type '\(name)'", &bag) {
                slotTypes.append(type)
            }
        }
        return LexLocaleExport(locale: locale, intents: intents, slotTypes: slotTypes)
    }

    private mutating func intent(_ node: TemplateNode, locale id: String, into bag: inout DiagnosticBag)
        -> LexIntentExport?
    {
        guard let name = node["Name"]?.text else {
            bag.error(.templateMalformed, "an intent of locale '\(id)' has no Name", at: node.span)
            return nil
        }
        sources[.intent(locale: id, intent: name)] = node.span
        var slots: [LexSlot] = []
        for item in node["Slots"]?.items ?? [] {
            guard let slotName = item["Name"]?.text else {
                bag.error(.templateMalformed, "a slot of intent '\(name)' has no Name", at: item.span)
                continue
            }
            sources[.slot(locale: id, intent: name, slot: slotName)] = item.span
            if let slot = decode(
                LexSlot.self, entity(item), at: item.span, "slot '\(slotName)' of intent '\(name)'", &bag)
            {
                slots.append(slot)
            }
        }
        guard case .object(var object) = entity(node) else { return nil }
        object["slots"] = nil
        guard let intent = decode(LexIntent.self, .object(object), at: node.span, "intent '\(name)'", &bag) else {
            return nil
        }
        return LexIntentExport(intent: intent, slots: slots)
    }

    /// An entity's export form.
    private func entity(_ node: TemplateNode) -> JSONValue {
        TemplateEntityConverter.convert(node)
    }

    /// Decodes an entity, warning about keys the model does not read; an error at the entity when
    /// it cannot be decoded.
    private func decode<T: Codable>(
        _ type: T.Type, _ value: JSONValue, at span: SourceSpan, _ what: String, _ bag: inout DiagnosticBag
    ) -> T? {
        do {
            let decoded = try LexJSON.decodeTemplateValue(type, from: value, file: file, into: &bag)
            if let encoded = try? LexJSON.encode(decoded) {
                for path in UnreadKeys.find(in: value, readBack: encoded) {
                    bag.warning(
                        .templateIgnoredProperty,
                        "\(path) of \(what) is not read; meety-bot's Lex model has no such setting", at: span)
                }
            }
            return decoded
        } catch {
            bag.emit(relocated(error, to: span, what: what))
            return nil
        }
    }

    /// A decoding diagnostic placed at the entity instead of the start of the file.
    private func relocated(_ diagnostic: Diagnostic, to span: SourceSpan, what: String) -> Diagnostic {
        var moved = diagnostic
        moved.code = .templateMalformed
        moved.span = span
        moved.message = "\(what) cannot be read: \(diagnostic.message)"
        return moved
    }
}
