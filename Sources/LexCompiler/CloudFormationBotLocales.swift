import LexModel

/// Converts export entities into the `BotLocales` of an `AWS::Lex::Bot` resource.
///
/// The export JSON is almost the CloudFormation schema with lowerCamelCase keys, so the
/// conversion is mechanical: keys become PascalCase (a leading `ssml` or `dtmf` acronym is upper-cased
/// whole: `ssmlMessage` → `SSMLMessage`, `dtmfSpecification` → `DTMFSpecification`; inner acronyms
/// are already upper case: `allowDTMFInput` → `AllowDTMFInput`); `null`s, empty lists and empty
/// objects are dropped; the export-only `identifier` and `version` go; a locale's `identifier`
/// becomes `LocaleId` and its display `name` goes; slots are inlined in their intent (`Slots`) and
/// slot types in their locale (`SlotTypes`). In every next step (a `nextStep` or `*NextStep`
/// value) the `sessionAttributes` map becomes a `[{Key, Value}]` list and `intent.slots` a
/// `[{SlotName, SlotValueOverride}]` list, the shapes CloudFormation uses. Map keys (attempt names
/// such as `Initial`, attribute and slot names) are never case-converted.
///
/// The conversion reads the entities from the tape they were encoded into for the export tree and
/// appends the result to the template's tape, so each entity is encoded once for both outputs.
enum CloudFormationBotLocales {
    /// Appends the `BotLocales` list of `export`, in export order, to `output` (unlinked) and
    /// returns its index.
    static func botLocales(_ export: LexEncodedExport, into output: inout JSONTape) -> JSONTape.Index {
        var converter = CloudFormationConverter(source: JSONTape(), output: JSONTape())
        swap(&converter.output, &output)
        let list = converter.output.append(.array)
        for locale in export.locales {
            let converted = converter.botLocale(locale)
            converter.output.link(converted, to: list)
        }
        swap(&converter.output, &output)
        return list
    }

    /// The CloudFormation form of an export value, or `nil` when it is empty (null, `[]`, `{}`).
    static func convert(_ value: JSONValue) -> JSONValue? {
        var source = JSONTape()
        let root = source.append(value: value)
        var converter = CloudFormationConverter(source: source, output: JSONTape())
        guard let converted = converter.convert(root) else { return nil }
        return converter.output.value(converted)
    }

    /// `ssmlMessage` → `SSMLMessage`, `dtmfSpecification` → `DTMFSpecification`, otherwise the
    /// first letter upper-cased.
    static func pascalCase(_ key: String) -> String {
        for acronym in ["ssml", "dtmf"] where key.hasPrefix(acronym) {
            return acronym.uppercased() + key.dropFirst(acronym.count)
        }
        guard let first = key.first else { return key }
        return first.uppercased() + key.dropFirst()
    }
}

/// One conversion from the export's tapes to a template's tape (`output`); `source` is the tape
/// of the entity being converted.
///
/// Every converted value is appended to `output` before it is linked into its container, and cut
/// off again (`JSONTape.truncate(to:)`) when it turns out to be empty, so nothing is built twice.
struct CloudFormationConverter {
    var source: JSONTape
    var output: JSONTape

    /// A locale with its intents (each with its slots) and slot types.
    mutating func botLocale(_ locale: LexEncodedExport.Locale) -> JSONTape.Index {
        let object = output.append(.object)
        convertMembers(of: locale.locale.document, into: object, droppingLocaleKeys: true)
        add(output.append(string: locale.locale.name), "LocaleId", to: object)
        if !locale.intents.isEmpty {
            let intents = output.append(.array)
            for intent in locale.intents {
                let intentObject = output.append(.object)
                convertMembers(of: intent.intent.document, into: intentObject, droppingLocaleKeys: false)
                if !intent.slots.isEmpty {
                    let slots = output.append(.array)
                    for slot in intent.slots { output.link(entity(slot.document), to: slots) }
                    add(slots, "Slots", to: intentObject)
                }
                output.link(intentObject, to: intents)
            }
            add(intents, "Intents", to: object)
        }
        if !locale.slotTypes.isEmpty {
            let slotTypes = output.append(.array)
            for slotType in locale.slotTypes { output.link(entity(slotType.document), to: slotTypes) }
            add(slotTypes, "SlotTypes", to: object)
        }
        return object
    }

    /// An entity as an object without its `identifier` (empty when nothing is left).
    private mutating func entity(_ document: JSONDocument) -> JSONTape.Index {
        let object = output.append(.object)
        convertMembers(of: document, into: object, droppingLocaleKeys: false)
        return object
    }

    /// Converts the members of an entity's root object into `object` (see
    /// `convertMembers(of:into:droppingLocaleKeys:)`).
    private mutating func convertMembers(
        of document: JSONDocument, into object: JSONTape.Index, droppingLocaleKeys: Bool
    ) {
        source = document.tape
        convertMembers(of: document.root, into: object, droppingLocaleKeys: droppingLocaleKeys)
    }

    private mutating func add(_ child: JSONTape.Index, _ key: String, to parent: JSONTape.Index) {
        output.setKey(child, key)
        output.link(child, to: parent)
    }

    /// The converted value of `index`, appended to `output`, or `nil` when it is empty.
    mutating func convert(_ index: JSONTape.Index) -> JSONTape.Index? {
        switch source.kind(index) {
        case .null, .empty:
            return nil
        case .array:
            let mark = output.mark
            let array = output.append(.array)
            var child = source.firstChild(index)
            while let current = child {
                if let converted = convert(current) { output.link(converted, to: array) }
                child = source.nextSibling(current)
            }
            return keep(array, from: mark)
        case .object:
            let mark = output.mark
            let object = output.append(.object)
            convertMembers(of: index, into: object, droppingLocaleKeys: nil)
            return keep(object, from: mark)
        case .false, .true, .integer, .number, .string:
            return output.append(copyOf: index, from: source)
        }
    }

    /// `container`, or `nil` after cutting it off when it has no children.
    private mutating func keep(_ container: JSONTape.Index, from mark: JSONTape.Mark) -> JSONTape.Index? {
        guard output.childCount(container) > 0 else {
            output.truncate(to: mark)
            return nil
        }
        return container
    }

    /// Converts the members of object `index` into `object` with PascalCase keys. An entity drops
    /// `identifier` (`droppingLocaleKeys` false) and a locale also `name` and `version` (true);
    /// values inside entities (`nil`) keep every key.
    private mutating func convertMembers(
        of index: JSONTape.Index,
        into object: JSONTape.Index,
        droppingLocaleKeys: Bool?
    ) {
        guard source.kind(index) == .object else { return }
        var next = source.firstChild(index)
        while let member = next {
            next = source.nextSibling(member)
            if let locale = droppingLocaleKeys {
                if source.hasKey(member, "identifier") { continue }
                if locale, source.hasKey(member, "name") || source.hasKey(member, "version") { continue }
            }
            let converted: JSONTape.Index?
            if isNextStep(member) {
                converted = dialogState(member)
            } else if source.hasKey(member, "promptAttemptsSpecification"), source.kind(member) == .object {
                converted = convertMap(member)
            } else {
                converted = convert(member)
            }
            if let converted {
                setPascalCaseKey(converted, from: member)
                output.link(converted, to: object)
            }
        }
    }

    /// A map whose keys are data (attempt names), with converted values.
    private mutating func convertMap(_ index: JSONTape.Index) -> JSONTape.Index? {
        let mark = output.mark
        let object = output.append(.object)
        let source = self.source
        var next = source.firstChild(index)
        while let member = next {
            next = source.nextSibling(member)
            guard let converted = convert(member) else { continue }
            source.withKeyBytes(member) { output.setKey(converted, bytes: $0) }
            output.link(converted, to: object)
        }
        return keep(object, from: mark)
    }

    /// A next step: its attribute and slot maps become the lists CloudFormation expects.
    private mutating func dialogState(_ index: JSONTape.Index) -> JSONTape.Index? {
        guard source.kind(index) == .object else { return convert(index) }
        let mark = output.mark
        let object = output.append(.object)
        var attributes: JSONTape.Index?
        var next = source.firstChild(index)
        while let member = next {
            next = source.nextSibling(member)
            if source.hasKey(member, "sessionAttributes") {
                attributes = member
            } else if source.hasKey(member, "intent"), source.kind(member) == .object {
                if let intent = intentOverride(member) { add(intent, "Intent", to: object) }
            } else if let converted = convert(member) {
                setPascalCaseKey(converted, from: member)
                output.link(converted, to: object)
            }
        }
        if let attributes, source.kind(attributes) == .object, source.childCount(attributes) > 0 {
            let list = output.append(.array)
            for (key, value) in sortedMembers(attributes) {
                let entry = output.append(.object)
                add(output.append(string: key), "Key", to: entry)
                add(output.append(copyOf: value, from: source), "Value", to: entry)
                output.link(entry, to: list)
            }
            add(list, "SessionAttributes", to: object)
        }
        return keep(object, from: mark)
    }

    /// The intent of a next step: its members converted, its `slots` map as a `Slots` list.
    private mutating func intentOverride(_ index: JSONTape.Index) -> JSONTape.Index? {
        let mark = output.mark
        let object = output.append(.object)
        var slots: JSONTape.Index?
        var next = source.firstChild(index)
        while let member = next {
            next = source.nextSibling(member)
            if source.hasKey(member, "slots") {
                slots = member
            } else if let converted = convert(member) {
                setPascalCaseKey(converted, from: member)
                output.link(converted, to: object)
            }
        }
        if let slots, source.kind(slots) == .object, source.childCount(slots) > 0 {
            let list = output.append(.array)
            for (name, value) in sortedMembers(slots) {
                let entry = output.append(.object)
                add(output.append(string: name), "SlotName", to: entry)
                if let override = convert(value) { add(override, "SlotValueOverride", to: entry) }
                output.link(entry, to: list)
            }
            add(list, "Slots", to: object)
        }
        return keep(object, from: mark)
    }

    /// The members of a map sorted by key as strings (a key given twice keeps its last member).
    private func sortedMembers(_ index: JSONTape.Index) -> [(String, JSONTape.Index)] {
        var members: [String: JSONTape.Index] = [:]
        for member in source.children(index) { members[source.key(member)] = member }
        return members.sorted { $0.key < $1.key }
    }

    /// Whether member `index` is a next step: its key is `nextStep` or ends with `NextStep`.
    private func isNextStep(_ index: JSONTape.Index) -> Bool {
        source.keyHasSuffix(index, "extStep")
            && (source.hasKey(index, "nextStep") || source.keyHasSuffix(index, "NextStep"))
    }

    /// Gives `converted` the PascalCase form of `member`'s key (ASCII keys are converted in
    /// place in the output's key buffer; others through `pascalCase(_:)`).
    private mutating func setPascalCaseKey(_ converted: JSONTape.Index, from member: JSONTape.Index) {
        let ascii = output.setKey(converted, copyingKeyOf: member, from: source) { key in
            guard let first = key.first else { return true }
            guard first < 0x80 else { return false }
            // A leading "ssml" or "dtmf" is upper-cased whole.
            let acronym =
                key.count >= 4 && key[2] == UInt8(ascii: "m")
                && ((key[0] == UInt8(ascii: "s") && key[1] == UInt8(ascii: "s") && key[3] == UInt8(ascii: "l"))
                    || (key[0] == UInt8(ascii: "d") && key[1] == UInt8(ascii: "t") && key[3] == UInt8(ascii: "f")))
            for position in 0..<(acronym ? 4 : 1) where (0x61...0x7A).contains(key[position]) {
                key[position] -= 0x20
            }
            return true
        }
        if !ascii { output.setKey(converted, CloudFormationBotLocales.pascalCase(source.key(member))) }
    }
}
