import MeetyDiagnostics

/// Keys whose spelling in an export file differs from one file (or one console version) to
/// another, read under one meaning before decoding.
///
/// The export format is CloudFormation's schema in lowerCamelCase (reference/lex-v2-facts.md):
/// step switches are `isActive` except in `fulfillmentUpdatesSpecification` (`active`), and
/// message groups are `messageGroupsList` except in its `startResponse` and `updateResponse`
/// (`messageGroups`); the API uses `active` and `messageGroups` everywhere. A file that uses the
/// other spelling (a hand-kept tree, a file built from API output, a future console) is read with
/// the key renamed to the export spelling and a `lex-key-spelling` warning at the key. The
/// exception is `buttonsList`, which a real console export writes for an image response card's
/// buttons (API and CloudFormation: `buttons`): it is read as is, remembered by
/// `LexImageResponseCard.buttonsKey` and written back as found, with a warning.
enum LexKeySpellings {
    /// One accepted spelling in one kind of object.
    private struct Rule {
        /// The spelling found in the file.
        let found: String
        /// The export spelling it is read as; `nil` when the key is kept as it is.
        let readAs: String?
        /// Who spells it `found`.
        let origin: String
    }

    /// The objects, named by the key that holds them, whose switch is `isActive` in exports.
    private static let isActiveOwners: Set<String> = [
        "codeHook", "fulfillmentCodeHook", "intentConfirmationSetting", "intentClosingSetting",
        "waitAndContinueSpecification", "conditional",
    ]

    private static func rules(inObjectUnder key: String?) -> [Rule] {
        guard let key else { return [] }
        switch key {
        case "imageResponseCard":
            return [Rule(found: "buttonsList", readAs: nil, origin: "a console export")]
        case "fulfillmentUpdatesSpecification":
            return [Rule(found: "isActive", readAs: "active", origin: "the other export steps")]
        case "startResponse", "updateResponse":
            return [Rule(found: "messageGroupsList", readAs: "messageGroups", origin: "the other export responses")]
        default:
            var rules: [Rule] = []
            if isActiveOwners.contains(key) || key.hasSuffix("Conditional") {
                rules.append(Rule(found: "active", readAs: "isActive", origin: "the API"))
            }
            if key == "promptSpecification" || key == "response" || key.hasSuffix("Response") {
                rules.append(Rule(found: "messageGroups", readAs: "messageGroupsList", origin: "the API"))
            }
            return rules
        }
    }

    /// `node` with alternative spellings renamed, and a warning for each in `bag`.
    static func normalize(_ node: JSONNode, file: String, into bag: inout DiagnosticBag) -> JSONNode {
        normalize(node, under: nil, file: file, into: &bag)
    }

    private static func normalize(
        _ node: JSONNode, under parentKey: String?, file: String, into bag: inout DiagnosticBag
    ) -> JSONNode {
        switch node.kind {
        case .array(let elements):
            let normalized = elements.map { normalize($0, under: parentKey, file: file, into: &bag) }
            return JSONNode(kind: .array(normalized), position: node.position)
        case .object(let members, let index):
            let rules = rules(inObjectUnder: parentKey)
            var renamed: [JSONNode.Member] = []
            for member in members {
                var key = member.key
                if let rule = rules.first(where: { $0.found == member.key }) {
                    key = spelling(
                        for: member, rule, hasTarget: rule.readAs.map { index[$0] != nil } ?? false, file, &bag)
                }
                let value = normalize(member.value, under: key, file: file, into: &bag)
                renamed.append(JSONNode.Member(key: key, keyPosition: member.keyPosition, value: value))
            }
            var newIndex: [String: Int] = [:]
            for (position, member) in renamed.enumerated() where newIndex[member.key] == nil {
                newIndex[member.key] = position
            }
            return JSONNode(kind: .object(renamed, newIndex), position: node.position)
        default:
            return node
        }
    }

    /// The key `member` is read under, after warning about its spelling.
    private static func spelling(
        for member: JSONNode.Member, _ rule: Rule, hasTarget: Bool, _ file: String, _ bag: inout DiagnosticBag
    ) -> String {
        let span = SourceSpan(file: file, start: member.keyPosition)
        guard let readAs = rule.readAs else {
            bag.warning(
                .lexKeySpelling,
                "'\(member.key)' is how \(rule.origin) spells the buttons of a response card; the API and "
                    + "CloudFormation spell it 'buttons' (read as the buttons and written back as '\(member.key)')",
                at: span)
            return member.key
        }
        guard !hasTarget else {
            bag.warning(
                .lexKeySpelling,
                "'\(member.key)' is ignored: the object also has '\(readAs)', the export spelling of the same key",
                at: span)
            return member.key
        }
        bag.warning(
            .lexKeySpelling,
            "'\(member.key)' is the spelling of \(rule.origin); in this object the export spells the key "
                + "'\(readAs)' (read as '\(readAs)')", at: span)
        return readAs
    }
}
