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

    private enum Frame {
        case mapping(MappingFrame)
        case sequence(SequenceFrame)
    }

    private struct MappingFrame {
        var entries: [YAMLMapping.Entry] = []
        var pendingKey: YAMLScalar?
        var skipValue = false
        var firstSeen: [String: SourceSpan] = [:]
        var start: SourcePosition
        var anchor: String?
        var nodeCount = 1
    }

    private struct SequenceFrame {
        var items: [YAMLNode] = []
        var start: SourcePosition
        var anchor: String?
        var nodeCount = 1
    }

    let file: String
    let limits: YAMLLimits
    private(set) var diagnostics = DiagnosticBag()
    private(set) var root: YAMLNode?
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, count: Int)] = [:]
    private var totalNodes = 0
    private var documents = 0

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    mutating func handle(_ event: inout yaml_event_t) -> Step {
        let start = YAMLParser.position(event.start_mark)
        let end = YAMLParser.position(event.end_mark)
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
            return complete(.scalar(scalar), count: 1, anchor: data.anchor.map { String(cString: $0) })
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                diagnostics.error(.yamlUndefinedAlias, "alias '*\(name)' refers to no anchor defined before it", at: span(start))
                return .aborted
            }
            return complete(target.node, count: target.count, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            guard push(at: start) else { return .aborted }
            let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
            stack.append(.sequence(SequenceFrame(start: start, anchor: anchor)))
            return .continue
        case YAML_MAPPING_START_EVENT:
            guard push(at: start) else { return .aborted }
            let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
            stack.append(.mapping(MappingFrame(start: start, anchor: anchor)))
            return .continue
        case YAML_SEQUENCE_END_EVENT:
            guard case .sequence(let frame) = stack.popLast() else { return .aborted }
            let node = YAMLNode.sequence(YAMLSequence(items: frame.items, span: span(frame.start, end)))
            return complete(node, count: frame.nodeCount, anchor: frame.anchor, countedAlready: true)
        case YAML_MAPPING_END_EVENT:
            guard case .mapping(let frame) = stack.popLast() else { return .aborted }
            let node = YAMLNode.mapping(YAMLMapping(entries: frame.entries, span: span(frame.start, end)))
            return complete(node, count: frame.nodeCount, anchor: frame.anchor, countedAlready: true)
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
        return true
    }

    /// Attaches a finished node to its parent (or makes it the root) and records its anchor.
    private mutating func complete(
        _ node: YAMLNode,
        count: Int,
        anchor: String?,
        countedAlready: Bool = false
    ) -> Step {
        if !countedAlready {
            totalNodes += count
            if totalNodes > limits.maxNodes {
                diagnostics.error(
                    .yamlAliasLimit,
                    "document expands to more than \(limits.maxNodes) nodes; aliases are expanded too often",
                    at: node.span
                )
                return .aborted
            }
        }
        if let anchor { anchors[anchor] = (node, count) }
        guard var parent = stack.popLast() else {
            root = node
            return .continue
        }
        switch parent {
        case .sequence(var frame):
            frame.items.append(node)
            frame.nodeCount += count
            parent = .sequence(frame)
        case .mapping(var frame):
            frame.nodeCount += count
            if frame.skipValue {
                frame.skipValue = false
            } else if let key = frame.pendingKey {
                frame.pendingKey = nil
                addEntry(key: key, value: node, to: &frame)
            } else if case .scalar(let key) = node {
                frame.pendingKey = key
            } else {
                diagnostics.error(.yamlComplexKey, "mapping key must be plain text, not \(node.kindDescription)", at: node.span)
                frame.skipValue = true
            }
            parent = .mapping(frame)
        }
        stack.append(parent)
        return .continue
    }

    private mutating func addEntry(key: YAMLScalar, value: YAMLNode, to frame: inout MappingFrame) {
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
