/// A compiled regex filter of a custom slot type (parent AMAZON.AlphaNumeric), matched against a
/// whole value.
///
/// Lex allows a restricted syntax: literal characters, `\uXXXX`, character classes with ranges,
/// groups, `|`, `?`, `{n}` and `{n,m}`; no `.`, `*`, `+` or `{n,}`. Because there are no
/// unbounded repeats and a regex-checked value is at most 30 characters, the matcher runs the
/// pattern as a set-of-positions automaton (no backtracking, no Foundation), compiled once per
/// slot type when the bot is loaded.
struct SlotRegex: Sendable {
    /// The longest value Lex stores in a slot whose type has a regex filter.
    static let maximumValueLength = 30

    /// A node of the parsed pattern.
    indirect enum Node: Sendable, Equatable {
        /// One character from the set.
        case character(CharacterSet)
        /// The nodes one after another.
        case sequence([Node])
        /// Any one of the nodes.
        case alternation([Node])
        /// The node `min` to `max` times.
        case repetition(Node, min: Int, max: Int)
    }

    /// A set of Unicode scalars: ranges, possibly negated.
    struct CharacterSet: Sendable, Equatable {
        var ranges: [ClosedRange<UInt32>]
        var negated: Bool

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar.value) } != negated
        }
    }

    /// The pattern as written.
    let pattern: String
    let root: Node

    /// Compiles `pattern`, throwing a message that names the first unsupported construct.
    init(_ pattern: String) throws(SlotRegexError) {
        self.pattern = pattern
        var parser = SlotRegexParser(pattern)
        self.root = try parser.parse()
    }

    /// Whether the whole of `value` matches.
    func matches(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard scalars.count <= Self.maximumValueLength else { return false }
        let end: UInt64 = 1 << UInt64(scalars.count)
        return Self.advance(root, from: 1, over: scalars) & end != 0
    }

    /// The positions reachable after `node` from any position in `positions` (bit i = position i).
    private static func advance(_ node: Node, from positions: UInt64, over scalars: [Unicode.Scalar]) -> UInt64 {
        switch node {
        case .character(let set):
            var result: UInt64 = 0
            for index in scalars.indices where positions & (1 << UInt64(index)) != 0 && set.contains(scalars[index]) {
                result |= 1 << UInt64(index + 1)
            }
            return result
        case .sequence(let nodes):
            var current = positions
            for node in nodes where current != 0 {
                current = advance(node, from: current, over: scalars)
            }
            return current
        case .alternation(let nodes):
            return nodes.reduce(0) { $0 | advance($1, from: positions, over: scalars) }
        case .repetition(let node, let min, let max):
            var current = positions
            var result: UInt64 = min == 0 ? positions : 0
            var count = 0
            while count < max, current != 0 {
                current = advance(node, from: current, over: scalars)
                count += 1
                guard count >= min else { continue }
                // Later rounds can only reach positions an earlier round already reached.
                if current & ~result == 0 { break }
                result |= current
            }
            return result
        }
    }
}

/// Why a regex filter could not be compiled.
struct SlotRegexError: Error, Hashable, Sendable {
    /// What is wrong, naming the construct and its offset.
    let message: String
}
