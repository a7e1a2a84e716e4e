import MeetyDiagnostics

extension ValidationRule {
    /// Intents do not start each other in a cycle Lex can follow without waiting for the user.
    ///
    /// `FlowWalk` finds, for each intent, the `StartIntent` next steps reachable from its start
    /// without a user turn. A cycle of such steps (`A` starts `B`, whose start leads to
    /// `StartIntent A`, or `A` to itself) would have Lex switch intents forever within one request.
    /// It is an error when every step of the cycle is reached unconditionally, and a warning when a
    /// branch condition, a slot's default value or a code hook's failure or timeout lies on the way
    /// and may break it. One diagnostic per cycle, at the `StartIntent` that leaves the cycle's first
    /// intent in author order.
    public static let startIntentsDoNotCycle = ValidationRule(
        "startIntentsDoNotCycle",
        code: .startIntentCycle
    ) { bot, bag in
        let allSites = bot.flowIntents
        for locale in bot.locales {
            let sites = allSites.filter { $0.locale.id.value == locale.id.value }
            let filled = possiblyFilledSlots(sites)
            var edges: [String: [FlowWalk.Start]] = [:]
            for site in sites {
                let name = site.intent.name.value
                edges[name] = FlowWalk(site: site, possiblyFilled: filled[name, default: []]).starts
            }
            guard !sites.isEmpty else { continue }
            let order = locale.intents.map(\.name.value)
            let graph = IntentGraph(order: order, edges: edges)
            var reported: Set<String> = []
            for unconditional in [true, false] {
                for (component, cycle) in graph.cycles(unconditionalOnly: unconditional)
                where reported.isDisjoint(with: component) {
                    reported.formUnion(component)
                    guard let first = cycle.first, let start = graph.edge(from: first, to: cycle[1 % cycle.count])
                    else { continue }
                    let path = (cycle + [first]).joined(separator: " → ")
                    let message =
                        "next step '\(start.step.summary)' in \(start.location) of intent '\(first)' closes the "
                        + "cycle \(path), which Lex can follow without waiting for the user"
                    let span = start.step.intent?.span ?? start.step.span
                    if unconditional {
                        bag.error(.startIntentCycle, message, at: span)
                    } else {
                        bag.warning(
                            .startIntentCycle,
                            message + " unless a condition, a default value or a code hook's outcome breaks it",
                            at: span)
                    }
                }
            }
        }
    }

    /// For each intent, the slots that may be filled when it starts: slots with default values and
    /// slots a `StartIntent` of it sets.
    private static func possiblyFilledSlots(_ sites: [FlowIntentSite]) -> [String: Set<String>] {
        var filled: [String: Set<String>] = [:]
        for site in sites {
            let name = site.intent.name.value
            for slot in site.intent.slots where !slot.defaultValues.isEmpty {
                filled[name, default: []].insert(slot.name.value)
            }
            for point in site.points {
                for (step, _) in point.writtenSteps where step.action.value == .startIntent {
                    guard let target = step.intent?.value else { continue }
                    let set = step.slotsToSet.filter { $0.value != .clear }
                    filled[target, default: []].formUnion(set.map(\.name.value))
                }
            }
        }
        return filled
    }
}

/// The intents of a locale and the `StartIntent` steps between them, for finding cycles.
///
/// Strongly connected components come from Tarjan's algorithm (iterative, linear in intents and
/// steps), so a locale of a thousand intents with four branches each is checked in milliseconds.
private struct IntentGraph {
    let order: [String]
    let edges: [String: [FlowWalk.Start]]
    private let index: [String: Int]

    init(order: [String], edges: [String: [FlowWalk.Start]]) {
        self.order = order
        self.edges = edges
        index = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The first step from `source` to `target`, an unconditional one when there is one.
    func edge(from source: String, to target: String) -> FlowWalk.Start? {
        let candidates = edges[source, default: []].filter { $0.target == target }
        return candidates.first { !$0.conditional } ?? candidates.first
    }

    /// The successors of every intent by index, each once, in the order their steps are written.
    private func adjacency(unconditionalOnly: Bool) -> [[Int]] {
        order.map { name in
            var seen: Set<Int> = []
            return edges[name, default: []].compactMap { start in
                guard !unconditionalOnly || !start.conditional, let target = index[start.target],
                    seen.insert(target).inserted
                else { return nil }
                return target
            }
        }
    }

    /// One cycle per strongly connected component that has one, with the component, each cycle
    /// starting at the component's first intent in author order, components in author order.
    func cycles(unconditionalOnly: Bool) -> [(component: Set<String>, cycle: [String])] {
        let successors = adjacency(unconditionalOnly: unconditionalOnly)
        var result: [(first: Int, component: Set<String>, cycle: [String])] = []
        for component in Self.components(successors) {
            let members = Set(component)
            guard let first = component.min() else { continue }
            guard members.count > 1 || successors[first].contains(first) else { continue }
            if let cycle = path(from: first, within: members, successors) {
                result.append((first, Set(component.map { order[$0] }), cycle.map { order[$0] }))
            }
        }
        return result.sorted { $0.first < $1.first }.map { ($0.component, $0.cycle) }
    }

    /// Tarjan's strongly connected components, without recursion.
    private static func components(_ successors: [[Int]]) -> [[Int]] {
        let count = successors.count
        var indexOf = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var next = 0
        for root in 0..<count where indexOf[root] < 0 {
            var frames: [(node: Int, edge: Int)] = [(root, 0)]
            indexOf[root] = next
            lowLink[root] = next
            next += 1
            stack.append(root)
            onStack[root] = true
            while let (node, edge) = frames.last {
                if edge < successors[node].count {
                    frames[frames.count - 1].edge += 1
                    let successor = successors[node][edge]
                    if indexOf[successor] < 0 {
                        indexOf[successor] = next
                        lowLink[successor] = next
                        next += 1
                        stack.append(successor)
                        onStack[successor] = true
                        frames.append((successor, 0))
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], indexOf[successor])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == indexOf[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                components.append(component)
            }
        }
        return components
    }

    /// The shortest way from `start` back to itself inside `component`, or `nil` when there is none.
    private func path(from start: Int, within component: Set<Int>, _ successors: [[Int]]) -> [Int]? {
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for successor in successors[node] where component.contains(successor) {
                if successor == start {
                    var cycle = [node]
                    while let before = previous[cycle[0]] { cycle.insert(before, at: 0) }
                    return cycle
                }
                if previous[successor] == nil {
                    previous[successor] = node
                    queue.append(successor)
                }
            }
        }
        return nil
    }
}
