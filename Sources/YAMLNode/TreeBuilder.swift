internal import CLibYAML
import MeetyDiagnostics

/// Folds libyaml events into a node tree, enforcing the limits and the key rules.
///
/// Kept apart from `YAMLParser` so the event handling can be read (and reasoned about) without the
/// C buffer management around it.
struct TreeBuilder {
    /// What to do after an event.
    enum Step {
        case `continue`
        case finished
        case aborted
    }

    /// A mapping or sequence under construction. A class, so appending to the innermost frame
    /// mutates it in place: with value frames every append would copy the whole array (quadratic
    /// in the length of a list).
    private final class Frame {
        enum Kind {
            case mapping
            case sequence
        }

        let kind: Kind
        let start: SourcePosition
        let anchor: String?
        let tag: String?
        var entries: [YAMLMapping.Entry] = []
        var items: [YAMLNode] = []
        var pendingKey: YAMLScalar?
        var skipValue = false
        var firstSeen: [String: SourceSpan] = [:]
        var size = Size(nodes: 1, text: 0)

        init(kind: Kind, start: SourcePosition, anchor: String?, tag: String?) {
            self.kind = kind
            self.start = start
            self.anchor = anchor
            self.tag = tag
        }
    }

    let file: String
    let limits: YAMLLimits
    let positions: MarkPositions
    private(set) var diagnostics = DiagnosticBag()
    private(set) var root: YAMLNode?
    private var stack: [Frame] = []
    /// What a subtree adds to the document once expanded: its nodes and the bytes of its texts.
    struct Size {
        var nodes: Int
        var text: Int

        static func += (lhs: inout Size, rhs: Size) {
            lhs.nodes += rhs.nodes
            lhs.text += rhs.text
        }
    }

    private var anchors: [String: (node: YAMLNode, size: Size)] = [:]
    private var totalNodes = 0
    /// What expanding aliases added, to tell an alias bomb from a document that is just big, and
    /// to bound the text aliases multiply (one long anchored text repeated by a thousand aliases).
    private var aliasSize = Size(nodes: 0, text: 0)
    private var documents = 0

    init(file: String, limits: YAMLLimits, positions: MarkPositions) {
        self.file = file
        self.limits = limits
        self.positions = positions
    }

    mutating func handle(_ event: inout yaml_event_t) -> Step {
        let start = positions.position(event.start_mark)
        let end = positions.position(event.end_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT, YAML_NO_EVENT:
            return .continue
        case YAML_STREAM_END_EVENT:
            return .finished
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                diagnostics.error(
                    .yamlMultipleDocuments,
                    "file holds more than one YAML document; put each in its own file",
                    at: span(start)
                )
                return .aborted
            }
            return .continue
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let scalar = YAMLScalar(
                value: Self.string(data.value, length: Int(data.length)),
                style: Self.style(data.style),
                tag: data.tag.map { String(cString: $0) },
                span: span(start, end)
            )
            return complete(
                .scalar(scalar), size: Size(nodes: 1, text: Int(data.length)),
                anchor: data.anchor.map { String(cString: $0) })
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                diagnostics.error(
                    .yamlUndefinedAlias, "alias '*\(name)' refers to no anchor defined before it", at: span(start))
                return .aborted
            }
            aliasSize += target.size
            if aliasSize.text > limits.maxAliasBytes {
                diagnostics.error(
                    .yamlAliasLimit,
                    "aliases expand to more than \(limits.maxAliasBytes) bytes of text; aliases are expanded too often",
                    at: span(start, end)
                )
                return .aborted
            }
            return complete(target.node, size: target.size, anchor: nil, at: span(start, end))
        case YAML_SEQUENCE_START_EVENT:
            guard push(at: start) else { return .aborted }
            let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
            let tag = event.data.sequence_start.tag.map { String(cString: $0) }
            stack.append(Frame(kind: .sequence, start: start, anchor: anchor, tag: tag))
            return .continue
        case YAML_MAPPING_START_EVENT:
            guard push(at: start) else { return .aborted }
            let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
            let tag = event.data.mapping_start.tag.map { String(cString: $0) }
            stack.append(Frame(kind: .mapping, start: start, anchor: anchor, tag: tag))
            return .continue
        case YAML_SEQUENCE_END_EVENT:
            guard let frame = stack.popLast(), frame.kind == .sequence else { return .aborted }
            let node = YAMLNode.sequence(YAMLSequence(items: frame.items, span: span(frame.start, end), tag: frame.tag))
            return complete(node, size: frame.size, anchor: frame.anchor, countedAlready: true)
        case YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast(), frame.kind == .mapping else { return .aborted }
            let node = YAMLNode.mapping(
                YAMLMapping(entries: frame.entries, span: span(frame.start, end), tag: frame.tag))
            return complete(node, size: frame.size, anchor: frame.anchor, countedAlready: true)
        default:
            return .continue
        }
    }

    private mutating func push(at start: SourcePosition) -> Bool {
        if stack.count >= limits.maxDepth {
            diagnostics.error(
                .yamlDepthLimit,
                "mappings and lists are nested more than \(limits.maxDepth) levels deep",
                at: span(start)
            )
            return false
        }
        totalNodes += 1
        return !exceedsNodeLimit(at: span(start))
    }

    /// Whether the document has grown past the node limit; reports it at `site` when it has.
    /// Counting every node, not only scalars, keeps a list of a million empty lists bounded too.
    private mutating func exceedsNodeLimit(at site: SourceSpan) -> Bool {
        guard totalNodes > limits.maxNodes else { return false }
        if aliasSize.nodes > 0 {
            diagnostics.error(
                .yamlAliasLimit,
                "document expands to more than \(limits.maxNodes) nodes; aliases are expanded too often",
                at: site
            )
        } else {
            diagnostics.error(
                .yamlNodeLimit,
                "document has more than \(limits.maxNodes) nodes (texts, mappings and lists), "
                    + "more than any bot or conversation needs",
                at: site
            )
        }
        return true
    }

    /// Attaches a finished node to its parent (or makes it the root) and records its anchor.
    /// - Parameter site: Where the node was produced; an alias's own span, so a limit error
    ///   points at the alias that crossed the limit rather than at the anchored node.
    private mutating func complete(
        _ node: YAMLNode,
        size: Size,
        anchor: String?,
        countedAlready: Bool = false,
        at site: SourceSpan? = nil
    ) -> Step {
        if !countedAlready {
            totalNodes += size.nodes
            if exceedsNodeLimit(at: site ?? node.span) { return .aborted }
        }
        if let anchor { anchors[anchor] = (node, size) }
        guard let parent = stack.last else {
            root = node
            return .continue
        }
        parent.size += size
        switch parent.kind {
        case .sequence:
            parent.items.append(node)
        case .mapping:
            if parent.skipValue {
                parent.skipValue = false
            } else if let key = parent.pendingKey {
                parent.pendingKey = nil
                addEntry(key: key, value: node, to: parent)
            } else if case .scalar(let key) = node {
                parent.pendingKey = key
            } else {
                diagnostics.error(
                    .yamlComplexKey, "mapping key must be plain text, not \(node.kindDescription)", at: node.span)
                parent.skipValue = true
            }
        }
        return .continue
    }

    private mutating func addEntry(key: YAMLScalar, value: YAMLNode, to frame: Frame) {
        if let first = frame.firstSeen[key.value] {
            diagnostics.error(
                .yamlDuplicateKey,
                "duplicate key '\(key.preview)'",
                at: key.span,
                notes: [Diagnostic.Note("'\(key.preview)' first appears here", at: first)]
            )
            return
        }
        frame.firstSeen[key.value] = key.span
        frame.entries.append(YAMLMapping.Entry(key: key, value: value))
    }

    private func span(_ start: SourcePosition, _ end: SourcePosition? = nil) -> SourceSpan {
        SourceSpan(file: file, start: start, end: end)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
