import Foundation
import MeetyTestSupport
import Testing

/// Which scripts exercise a change, found without `diff`: each script run alone with `meety-bot test
/// --coverage --json` (its coverage names what it covered), or the scripts' own text.
actor ScriptOracle {
    /// The workspace's folder.
    let root: URL
    /// The script files, relative to the workspace.
    let scripts: [String]
    private var coverage: [String: [String: [String: Set<String>]]] = [:]

    init(root: URL, scripts: [String]) {
        self.root = root
        self.scripts = scripts
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The scripts whose runs exercise what `oracle` names: on MeetyBot (`bots/meetybot.yaml`), and on
    /// `copy` too when the oracle says so.
    func scripts(for oracle: MeetyBotVariant.Oracle, copy: String) async throws -> Set<String> {
        switch oracle {
        case .nobody:
            return []
        case .userSays(let text):
            return Set(
                try scripts.filter { script in
                    try read(script).split(separator: "\n").contains { line in
                        line.contains("user:") && line.lowercased().contains(text.lowercased())
                    }
                })
        case .coverage(let category, let item, let sides):
            var found = Set<String>()
            if sides != .copy { found.formUnion(try await covering(category, item, bot: "bots/meetybot.yaml")) }
            if sides != .original { found.formUnion(try await covering(category, item, bot: copy)) }
            return found
        }
    }

    private func covering(_ category: String, _ item: String, bot: String) async throws -> Set<String> {
        let missing = try await missingItems(bot: bot)
        return Set(scripts.filter { missing[$0]?[category]?.contains(item) == false })
    }

    /// For each script, run alone on `bot`: each coverage category's missing items.
    private func missingItems(bot: String) async throws -> [String: [String: Set<String>]] {
        if let cached = coverage[bot] { return cached }
        var result: [String: [String: Set<String>]] = [:]
        for chunk in stride(from: 0, to: scripts.count, by: 4).map({ Array(scripts[$0..<min($0 + 4, scripts.count)]) })
        {
            try await withThrowingTaskGroup(of: (String, [String: Set<String>]).self) { group in
                for script in chunk {
                    group.addTask { [root] in
                        let report = "coverage-\(script.replacingOccurrences(of: "/", with: "_"))-\(bot.count).json"
                        _ = try await CLI.run(["test", script, "--bot", bot, "--coverage", "--json", report], in: root)
                        let object = try JSONSerialization.jsonObject(
                            with: try Data(contentsOf: root.appendingPathComponent(report)))
                        let categories = ((object as? [String: Any])?["coverage"] as? [String: Any])?["categories"]
                        var missing: [String: Set<String>] = [:]
                        for category in categories as? [[String: Any]] ?? [] {
                            guard let name = category["name"] as? String else { continue }
                            missing[name] = Set(category["missing"] as? [String] ?? [])
                        }
                        return (script, missing)
                    }
                }
                for try await (script, missing) in group { result[script] = missing }
            }
        }
        coverage[bot] = result
        return result
    }
}
