import Foundation
import LexModel
import MeetyDiagnostics

/// `meety-bot diff`'s output: each change at its place (`file:line:col` on a YAML side), its old
/// and new value, and, when scripts were run, the scripts that exercise it; as text for people and
/// as JSON (sorted keys) for machines.
public struct BotDiffReport: Sendable {
    /// The changes.
    public var diff: BotDiff
    /// What the old side is, as the user named it (`HEAD:bots/meetybot.yaml`, `export.zip`).
    public var oldSource: String
    /// What the new side is.
    public var newSource: String
    /// For each change's element, the scripts whose runs exercise it; `nil` when no scripts were run.
    public var exercisedBy: [BotElementKey: [ScriptReference]]?

    /// Creates a report.
    public init(
        diff: BotDiff, oldSource: String, newSource: String, exercisedBy: [BotElementKey: [ScriptReference]]? = nil
    ) {
        self.diff = diff
        self.oldSource = oldSource
        self.newSource = newSource
        self.exercisedBy = exercisedBy
    }

    /// The report for people: one block per change, then a summary line.
    public func text() -> String {
        var lines: [String] = []
        for change in diff.changes {
            let element = change.element
            lines.append("\(place(of: change)): \(element.kind.rawValue) \(change.name): \(element.label)")
            if let old = change.old, !old.value.isEmpty { lines.append("    - " + old.value) }
            if let new = change.new, !new.value.isEmpty { lines.append("    + " + new.value) }
            if let exercisedBy {
                lines += scriptLines(exercisedBy[change.key] ?? [], exercise: element.exercise)
            }
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `no changes between A and B`, or the number of changes of each kind.
    public var summary: String {
        guard !diff.isEmpty else { return "no changes between \(oldSource) and \(newSource)" }
        let count = diff.changes.count
        return "\(count) change\(count == 1 ? "" : "s") between \(oldSource) and \(newSource) "
            + "(\(tally("added")) added, \(tally("removed")) removed, \(tally("changed")) changed)"
    }

    /// The report for machines.
    public func json() -> Data {
        let changes: [JSONValue] = diff.changes.map { change in
            let element = change.element
            var object: [String: JSONValue] = [
                "change": .string(change.name),
                "kind": .string(element.kind.rawValue),
                "element": .string(element.label),
                "locale": element.locale.map(JSONValue.string) ?? .null,
                "path": .array(element.path.map(JSONValue.string)),
                "old": side(change.old, source: oldSource),
                "new": side(change.new, source: newSource),
            ]
            if let exercisedBy {
                object["scripts"] = .array(
                    (exercisedBy[change.key] ?? []).map {
                        .object(["file": .string($0.file), "name": .string($0.name)])
                    })
            }
            return .object(object)
        }
        let document: JSONValue = .object([
            "old": .string(oldSource),
            "new": .string(newSource),
            "changes": .array(changes),
            "summary": .object([
                "added": .integer(tally("added")), "removed": .integer(tally("removed")),
                "changed": .integer(tally("changed")),
            ]),
        ])
        return document.prettyPrintedData()
    }

    private func tally(_ name: String) -> Int { diff.changes.filter { $0.name == name }.count }

    private func side(_ element: BotElement?, source: String) -> JSONValue {
        guard let element else { return .null }
        return .object([
            "value": .string(element.value),
            "source": .string(element.span.map(Self.position) ?? source),
        ])
    }

    /// Where a change is reported: the new side's position, else the old side's, else the side.
    private func place(of change: BotChange) -> String {
        if let span = change.new?.span { return Self.position(span) }
        if let span = change.old?.span { return Self.position(span) }
        return change.new != nil ? newSource : oldSource
    }

    private func scriptLines(_ scripts: [ScriptReference], exercise: BotExercise) -> [String] {
        if scripts.isEmpty {
            return [
                exercise == .none ? "    exercised by no script (no run can exercise it)" : "    exercised by no script"
            ]
        }
        let count = scripts.count == 1 ? "1 script" : "\(scripts.count) scripts"
        return ["    exercised by \(count):"] + scripts.map { "      \($0.file) (\($0.name))" }
    }

    /// `file:line:col`.
    static func position(_ span: SourceSpan) -> String {
        span.description
    }
}

/// A conversation script, as reports name it: its file and its name.
public struct ScriptReference: Sendable, Hashable, Comparable {
    /// The script's file.
    public var file: String
    /// The script's name.
    public var name: String

    /// Creates a reference.
    public init(file: String, name: String) {
        self.file = file
        self.name = name
    }

    /// By file, then name.
    public static func < (lhs: ScriptReference, rhs: ScriptReference) -> Bool {
        (lhs.file, lhs.name) < (rhs.file, rhs.name)
    }
}
