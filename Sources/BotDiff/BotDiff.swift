/// The semantic difference between two bots: which elements were added, removed or changed.
///
/// Elements are matched by locale and path (`BotElementKey`). When a whole element goes or comes
/// (an intent, a slot, a slot type, a locale), what lies inside it is not listed separately: the
/// intent is the change.
public struct BotDiff: Sendable {
    /// The changes, ordered by locale and path.
    public var changes: [BotChange]

    /// Compares the elements of two bots.
    public init(old: [BotElement], new: [BotElement]) {
        let oldByKey = Self.index(old)
        let newByKey = Self.index(new)
        var changes: [BotChange] = []
        for (key, element) in oldByKey where newByKey[key] == nil {
            changes.append(.removed(element))
        }
        for (key, element) in newByKey {
            guard let before = oldByKey[key] else {
                changes.append(.added(element))
                continue
            }
            if before.value != element.value || before.kind != element.kind {
                changes.append(.changed(old: before, new: element))
            }
        }
        let wholes = Set(changes.filter(\.isWhole).map(\.key))
        changes.removeAll { change in
            let key = change.key
            return (0..<key.path.count).contains {
                wholes.contains(BotElementKey(locale: key.locale, path: Array(key.path.prefix($0))))
            }
        }
        self.changes = changes.sorted { $0.key < $1.key }
    }

    /// Whether the bots have the same elements.
    public var isEmpty: Bool { changes.isEmpty }

    private static func index(_ elements: [BotElement]) -> [BotElementKey: BotElement] {
        var result: [BotElementKey: BotElement] = [:]
        for element in elements where result[element.key] == nil { result[element.key] = element }
        return result
    }
}

/// One difference between two bots.
public enum BotChange: Sendable, Hashable {
    /// Only the new bot has the element.
    case added(BotElement)
    /// Only the old bot has the element.
    case removed(BotElement)
    /// Both have it, with different values.
    case changed(old: BotElement, new: BotElement)

    /// `added`, `removed` or `changed`.
    public var name: String {
        switch self {
        case .added: "added"
        case .removed: "removed"
        case .changed: "changed"
        }
    }

    /// The element in the old bot.
    public var old: BotElement? {
        switch self {
        case .added: nil
        case .removed(let element): element
        case .changed(let old, _): old
        }
    }

    /// The element in the new bot.
    public var new: BotElement? {
        switch self {
        case .added(let element): element
        case .removed: nil
        case .changed(_, let new): new
        }
    }

    /// The element as it is now, or as it was when removed.
    public var element: BotElement {
        switch self {
        case .added(let element), .removed(let element): element
        case .changed(_, let new): new
        }
    }

    /// The element's identity.
    public var key: BotElementKey { element.key }

    /// Whether a whole element came or went.
    public var isWhole: Bool {
        if case .changed = self { return false }
        return true
    }
}
