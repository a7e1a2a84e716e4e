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
            let order = sites.map(\.intent.name.value)
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
private struct IntentGraph {
    let order: [String]
    let edges: [String: [FlowWalk.Start]]

    /// The first step from `source` to `target`, an unconditional one when there is one.
    func edge(from source: String, to target: String) -> FlowWalk.Start? {
        let candidates = edges[source, default: []].filter { $0.target == target }
        return candidates.first { !$0.conditional } ?? candidates.first
    }

    private func successors(_ node: String, unconditionalOnly: Bool) -> [String] {
        var seen: Set<String> = []
        return edges[node, default: []].compactMap { start in
            guard !unconditionalOnly || !start.conditional, order.contains(start.target),
                seen.insert(start.target).inserted
            else { return nil }
            return start.target
        }
    }

    /// One cycle per strongly connected component that has one, with the component, each cycle
    /// starting at the component's first intent in author order, components in author order.
    func cycles(unconditionalOnly: Bool) -> [(component: Set<String>, cycle: [String])] {
        var result: [(component: Set<String>, cycle: [String])] = []
        var assigned: Set<String> = []
        for node in order where !assigned.contains(node) {
            let component = reachable(from: node, unconditionalOnly).filter {
                reachable(from: $0, unconditionalOnly).contains(node)
            }
            assigned.formUnion(component)
            if let cycle = path(from: node, within: Set(component), unconditionalOnly) {
                result.append((Set(component), cycle))
            }
        }
        return result
    }

    private func reachable(from node: String, _ unconditionalOnly: Bool) -> Set<String> {
        var seen: Set<String> = [node]
        var queue = [node]
        while let next = queue.popLast() {
            for successor in successors(next, unconditionalOnly: unconditionalOnly) where seen.insert(successor).inserted {
                queue.append(successor)
            }
        }
        return seen
    }

    /// The shortest way from `start` back to itself inside `component`, or `nil` when there is none.
    private func path(from start: String, within component: Set<String>, _ unconditionalOnly: Bool) -> [String]? {
        var previous: [String: String] = [:]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let node = queue[index]
            index += 1
            for successor in successors(node, unconditionalOnly: unconditionalOnly) where component.contains(successor) {
                if successor == start {
                    var cycle = [node]
                    while let before = previous[cycle[0]] { cycle.insert(before, at: 0) }
                    return cycle
                }
                if previous[successor] == nil, successor != start {
                    previous[successor] = node
                    queue.append(successor)
                }
            }
        }
        return nil
    }
}
