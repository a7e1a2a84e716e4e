import LexModel
import MeetyDiagnostics
import YAMLNode

/// A value of a CloudFormation template, with its span, in the long form of every intrinsic
/// function: YAML's `!Ref Name` becomes `{Ref: Name}`, `!GetAtt Role.Arn` becomes
/// `{Fn::GetAtt: [Role, Arn]}`, as the JSON form writes them.
///
/// Scalars are kept as text (`0.40`, `false`, `012345678901` alike): the field that reads one
/// decides what it is, as CloudFormation does.
indirect enum TemplateNode: Sendable {
    /// A scalar's text.
    case text(String, SourceSpan)
    /// An empty value, `~` or `null`.
    case null(SourceSpan)
    /// A mapping's entries in order.
    case mapping([(key: String, value: TemplateNode)], SourceSpan)
    /// A list.
    case sequence([TemplateNode], SourceSpan)

    /// Where the value was written.
    var span: SourceSpan {
        switch self {
        case .text(_, let span), .null(let span), .mapping(_, let span), .sequence(_, let span): span
        }
    }

    /// The value for `key` of a mapping.
    subscript(key: String) -> TemplateNode? {
        guard case .mapping(let entries, _) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The entries of a mapping.
    var entries: [(key: String, value: TemplateNode)]? {
        if case .mapping(let entries, _) = self { return entries }
        return nil
    }

    /// The items of a list.
    var items: [TemplateNode]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }

    /// The text of a scalar.
    var text: String? {
        if case .text(let text, _) = self { return text }
        return nil
    }

    /// The intrinsic function a single-key mapping calls (`Ref`, `Fn::Sub`, `Condition`), with its
    /// argument.
    var intrinsic: (name: String, argument: TemplateNode)? {
        guard case .mapping(let entries, _) = self, entries.count == 1, let entry = entries.first,
            entry.key == "Ref" || entry.key == "Condition" || entry.key.hasPrefix("Fn::")
        else { return nil }
        return (entry.key, entry.value)
    }
}

extension TemplateNode {
    /// The template node of a YAML node: short intrinsic tags become long forms.
    init(yaml node: YAMLNode) {
        let plain: TemplateNode
        let tag: String?
        switch node {
        case .scalar(let scalar):
            plain = scalar.isNull ? .null(scalar.span) : .text(scalar.value, scalar.span)
            tag = scalar.tag
        case .mapping(let mapping):
            plain = .mapping(mapping.entries.map { ($0.key.value, TemplateNode(yaml: $0.value)) }, mapping.span)
            tag = mapping.tag
        case .sequence(let sequence):
            plain = .sequence(sequence.items.map(TemplateNode.init(yaml:)), sequence.span)
            tag = sequence.tag
        }
        guard let tag, tag.hasPrefix("!"), !tag.hasPrefix("!!") else {
            self = plain
            return
        }
        let name = String(tag.dropFirst())
        switch name {
        case "Ref", "Condition":
            self = .mapping([(name, plain)], node.span)
        case "GetAtt":
            if case .text(let text, let span) = plain, let dot = text.firstIndex(of: ".") {
                let parts = [String(text[..<dot]), String(text[text.index(after: dot)...])]
                self = .mapping([("Fn::GetAtt", .sequence(parts.map { .text($0, span) }, span))], node.span)
            } else {
                self = .mapping([("Fn::GetAtt", plain)], node.span)
            }
        default:
            self = .mapping([("Fn::" + name, plain)], node.span)
        }
    }

    /// The template node of a JSON value (spans at the start of the file; JSON has no tags).
    init(json value: JSONValue, file: String) {
        let span = SourceSpan.startOf(file)
        switch value {
        case .null: self = .null(span)
        case .bool(let flag): self = .text(flag ? "true" : "false", span)
        case .integer(let number): self = .text(String(number), span)
        case .number(let number): self = .text(String(number), span)
        case .string(let text): self = .text(text, span)
        case .array(let elements): self = .sequence(elements.map { TemplateNode(json: $0, file: file) }, span)
        case .object(let members):
            self = .mapping(
                members.sorted { $0.key < $1.key }.map { ($0.key, TemplateNode(json: $0.value, file: file)) }, span)
        }
    }
}
